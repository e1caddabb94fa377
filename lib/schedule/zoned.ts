// Wall-clock times in a user's time zone ↔ instants (stored in UTC). One rule everywhere, the
// one calendars use (Temporal's "compatible"): a time skipped by a spring-forward change is moved
// forward by the gap (02:30 → 03:30), and a time that happens twice on a fall-back day means
// its first occurrence.
import { TZDate, tzOffset } from "@date-fns/tz";
import { addDays, format, startOfDay } from "date-fns";
import { formatInTimeZone } from "./format-in-zone";

const MINUTE = 60_000;
const LOCAL_PATTERN = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

export type LocalDateTime = { year: number; month: number; day: number; hour: number; minute: number };

/** Parses the value of an `<input type="datetime-local">` (YYYY-MM-DDTHH:mm); null if malformed. */
export function parseLocalDateTime(value: string): LocalDateTime | null {
  const match = LOCAL_PATTERN.exec(value.trim().slice(0, 16));
  if (!match || value.trim().length > 19) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [number, number, number, number, number];
  const probe = new Date(Date.UTC(year, month - 1, day, hour, minute));
  const valid =
    probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day && hour < 24 && minute < 60;
  return valid ? { year, month, day, hour, minute } : null;
}

/** The instant at which the wall clock in `timeZone` shows `local`. */
export function zonedToUtc(local: LocalDateTime, timeZone: string): Date {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute);
  const offsetBefore = tzOffset(timeZone, new Date(wall - 2 * 24 * 60 * MINUTE));
  const offsetAfter = tzOffset(timeZone, new Date(wall + 2 * 24 * 60 * MINUTE));
  const candidates = [...new Set([offsetBefore, offsetAfter])]
    .map((offset) => wall - offset * MINUTE)
    .filter((instant) => wall - tzOffset(timeZone, new Date(instant)) * MINUTE === instant)
    .sort((a, b) => a - b);
  // No candidate: the wall time falls in a gap; reading it with the earlier offset moves it
  // forward by the size of the gap.
  return new Date(candidates[0] ?? wall - offsetBefore * MINUTE);
}

/** `datetime-local` text → instant in `timeZone`, or null when the text is not a real moment. */
export function localInputToUtc(value: string, timeZone: string): Date | null {
  const local = parseLocalDateTime(value);
  return local ? zonedToUtc(local, timeZone) : null;
}

/** An instant → the `datetime-local` text that shows it in `timeZone`. */
export function utcToLocalInput(instant: Date, timeZone: string): string {
  return format(new TZDate(instant, timeZone), "yyyy-MM-dd'T'HH:mm");
}

/** Human text for an instant in the user's zone, e.g. "Thu 26 Nov 2026, 09:00". */
export function formatInZone(instant: Date, timeZone: string, pattern = "EEE d MMM yyyy, HH:mm"): string {
  return formatInTimeZone(instant, timeZone, pattern);
}

/** Midnight of the local day containing `instant`, plus `days` local days (DST-safe). */
export function startOfLocalDay(instant: Date, timeZone: string, days = 0): Date {
  const start = startOfDay(new TZDate(instant, timeZone));
  if (days === 0) return new Date(start.getTime());
  const shifted = addDays(start, days);
  return zonedToUtc(
    { year: shifted.getFullYear(), month: shifted.getMonth() + 1, day: shifted.getDate(), hour: 0, minute: 0 },
    timeZone,
  );
}

/** Same wall-clock time `days` local days later (09:00 stays 09:00 across a DST change). */
export function addLocalDays(instant: Date, days: number, timeZone: string): Date {
  const local = addDays(new TZDate(instant, timeZone), days);
  return zonedToUtc(
    { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate(), hour: local.getHours(), minute: local.getMinutes() },
    timeZone,
  );
}
