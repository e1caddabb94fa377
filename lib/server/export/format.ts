import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

export type ExportOptions = { timeZone: string };

/** A `@db.Date` column (UTC midnight) → "2026-11-26". */
export function calendarDate(date: Date | null): string {
  return date ? date.toISOString().slice(0, 10) : "";
}

/** An instant → "2026-11-26 14:30" in the user's zone, a form every spreadsheet reads as a date. */
export function localDateTime(date: Date | null, timeZone: string): string {
  return date ? format(new TZDate(date, timeZone), "yyyy-MM-dd HH:mm") : "";
}

export const joinTags = (tags: readonly string[]) => tags.join(", ");

/** "Frontend Engineer at Acme", how a person names an application. */
export const applicationLabel = (application: { role: string; company: { name: string } } | null) =>
  application ? `${application.role} at ${application.company.name}` : "";

/** Today's date in the user's zone, for file names. */
export const fileDate = (timeZone: string) => format(new TZDate(new Date(), timeZone), "yyyy-MM-dd");
