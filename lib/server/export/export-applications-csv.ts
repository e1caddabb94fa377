import { db } from "../../db";
import { writeCsv, type CsvColumn } from "../../csv/write-csv";
import { calendarDate, joinTags, localDateTime, type ExportOptions } from "./format";

async function loadApplications(userId: string) {
  return db.application.findMany({
    where: { userId, deletedAt: null },
    orderBy: [{ appliedOn: { sort: "desc", nulls: "last" } }, { createdAt: "desc" }],
    include: { company: { select: { name: true } }, referrer: { select: { name: true } } },
  });
}
type Row = Awaited<ReturnType<typeof loadApplications>>[number];

// Headers are the import's own field names, so an exported file imports back as it was.
const columns = (timeZone: string): CsvColumn<Row>[] => [
  { header: "Company", value: (a) => a.company.name },
  { header: "Role", value: (a) => a.role },
  { header: "Status", value: (a) => a.status },
  { header: "Applied on", value: (a) => calendarDate(a.appliedOn) },
  { header: "Posting URL", value: (a) => a.postingUrl },
  { header: "Location", value: (a) => a.location },
  { header: "Work mode", value: (a) => a.workMode },
  { header: "Salary range", value: (a) => a.salaryRange },
  { header: "Source", value: (a) => a.source },
  { header: "Decision expected on", value: (a) => calendarDate(a.decisionExpectedOn) },
  { header: "Priority", value: (a) => a.priority },
  { header: "Tags", value: (a) => joinTags(a.tags) },
  { header: "Notes", value: (a) => a.notes },
  { header: "Referrer", value: (a) => a.referrer?.name },
  { header: "Last activity", value: (a) => localDateTime(a.lastActivityAt, timeZone) },
  { header: "Created at", value: (a) => localDateTime(a.createdAt, timeZone) },
  { header: "Bridges id", value: (a) => a.id },
];

/** The user's applications (not those in the trash) as a spreadsheet-safe CSV. */
export async function exportApplicationsCsv(userId: string, { timeZone }: ExportOptions): Promise<string> {
  return writeCsv(columns(timeZone), await loadApplications(userId));
}
