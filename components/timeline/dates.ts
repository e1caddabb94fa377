import { formatInTimeZone } from "@/lib/schedule/format-in-zone";
import { formatInZone, utcToLocalInput } from "@/lib/schedule/zoned";

/** An instant shown in the user's time zone, e.g. "Thu 26 Nov 2026, 14:30". */
export function formatMoment(date: Date, timeZone: string) {
  return formatInZone(date, timeZone);
}

/** A calendar day (a `@db.Date` column, stored at UTC midnight), e.g. "26 Nov 2026". */
export function formatDay(date: Date | null | undefined) {
  return date ? formatInTimeZone(date, "UTC", "d MMM yyyy") : "—";
}

/** A calendar day as an `<input type="date">` value. */
export function dayInputValue(date: Date | null | undefined) {
  return date ? date.toISOString().slice(0, 10) : "";
}

/** An instant as a `<input type="datetime-local">` value in the user's time zone. */
export const localInputValue = utcToLocalInput;
