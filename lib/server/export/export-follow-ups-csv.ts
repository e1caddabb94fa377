import { db } from "../../db";
import { writeCsv, type CsvColumn } from "../../csv/write-csv";
import { applicationLabel, localDateTime, type ExportOptions } from "./format";
import { NOT_ABOUT_TRASHED_CONTACT } from "../contacts/trash";

async function loadFollowUps(userId: string) {
  return db.followUp.findMany({
    where: { userId, ...NOT_ABOUT_TRASHED_CONTACT },
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    include: {
      contact: { select: { name: true } },
      application: { select: { role: true, company: { select: { name: true } } } },
    },
  });
}
type Row = Awaited<ReturnType<typeof loadFollowUps>>[number];

const columns = (timeZone: string): CsvColumn<Row>[] => [
  { header: "What", value: (f) => f.title },
  { header: "Contact", value: (f) => f.contact?.name },
  { header: "Application", value: (f) => applicationLabel(f.application) },
  { header: `Due at (${timeZone})`, value: (f) => localDateTime(f.dueAt, timeZone) },
  { header: "Status", value: (f) => f.status },
  { header: "Origin", value: (f) => f.origin },
  { header: "Repeats every (days)", value: (f) => f.cadenceDays },
  { header: "Notes", value: (f) => f.notes },
  { header: "Completed at", value: (f) => localDateTime(f.completedAt, timeZone) },
  { header: "Created at", value: (f) => localDateTime(f.createdAt, timeZone) },
  { header: "Bridges id", value: (f) => f.id },
];

export async function exportFollowUpsCsv(userId: string, { timeZone }: ExportOptions): Promise<string> {
  return writeCsv(columns(timeZone), await loadFollowUps(userId));
}
