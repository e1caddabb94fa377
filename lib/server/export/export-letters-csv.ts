import { db } from "../../db";
import { writeCsv, type CsvColumn } from "../../csv/write-csv";
import { applicationLabel, localDateTime, type ExportOptions } from "./format";
import { NOT_TO_WRITE_TO_TRASHED_CONTACT } from "../contacts/trash";

async function loadLetters(userId: string) {
  return db.letter.findMany({
    where: { userId, ...NOT_TO_WRITE_TO_TRASHED_CONTACT },
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    include: {
      contact: { select: { name: true } },
      application: { select: { role: true, company: { select: { name: true } } } },
    },
  });
}
type Row = Awaited<ReturnType<typeof loadLetters>>[number];

const columns = (timeZone: string): CsvColumn<Row>[] => [
  { header: "Kind", value: (l) => l.kind },
  { header: "Status", value: (l) => l.status },
  { header: "Recipient", value: (l) => l.recipientName ?? l.contact?.name },
  { header: "Recipient email", value: (l) => l.recipientEmail },
  { header: "Application", value: (l) => applicationLabel(l.application) },
  { header: "Subject", value: (l) => l.subject },
  { header: "Body", value: (l) => l.body },
  { header: `Due at (${timeZone})`, value: (l) => localDateTime(l.dueAt, timeZone) },
  { header: "Sent at", value: (l) => localDateTime(l.sentAt, timeZone) },
  { header: "Created at", value: (l) => localDateTime(l.createdAt, timeZone) },
  { header: "Bridges id", value: (l) => l.id },
];

export async function exportLettersCsv(userId: string, { timeZone }: ExportOptions): Promise<string> {
  return writeCsv(columns(timeZone), await loadLetters(userId));
}
