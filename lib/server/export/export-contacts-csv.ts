import { db } from "../../db";
import { writeCsv, type CsvColumn } from "../../csv/write-csv";
import { joinTags, localDateTime, type ExportOptions } from "./format";
import { LIVE_CONTACT } from "../contacts/trash";

async function loadContacts(userId: string) {
  return db.contact.findMany({
    where: { userId, ...LIVE_CONTACT },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    include: { company: { select: { name: true } } },
  });
}
type Row = Awaited<ReturnType<typeof loadContacts>>[number];

const columns = (timeZone: string): CsvColumn<Row>[] => [
  { header: "Name", value: (c) => c.name },
  { header: "Email", value: (c) => c.email },
  { header: "Phone", value: (c) => c.phone },
  { header: "LinkedIn URL", value: (c) => c.linkedinUrl },
  { header: "Title", value: (c) => c.title },
  { header: "Company", value: (c) => c.company?.name },
  { header: "Role", value: (c) => c.role },
  { header: "How met", value: (c) => c.howMet },
  { header: "Tags", value: (c) => joinTags(c.tags) },
  { header: "Keep in touch every (days)", value: (c) => c.keepInTouchDays },
  { header: "Notes", value: (c) => c.notes },
  { header: "Last interaction", value: (c) => localDateTime(c.lastInteractionAt, timeZone) },
  { header: "Next touch due", value: (c) => localDateTime(c.nextTouchAt, timeZone) },
  { header: "Created at", value: (c) => localDateTime(c.createdAt, timeZone) },
  { header: "Bridges id", value: (c) => c.id },
];

export async function exportContactsCsv(userId: string, { timeZone }: ExportOptions): Promise<string> {
  return writeCsv(columns(timeZone), await loadContacts(userId));
}
