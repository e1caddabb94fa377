// Formatting an instant in a time zone is on every list row, so it must be cheap: one cached
// Intl.DateTimeFormat per zone gives the wall-clock fields, and the few patterns the app uses
// are assembled from them. Anything else falls back to date-fns (tests prove both agree).
import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
const TOKENS = /EEE|MMMM|MMM|MM|yyyy|dd|d|HH|mm|[^A-Za-z]+/g;
const SUPPORTED = new Set(["EEE", "MMMM", "MMM", "MM", "yyyy", "dd", "d", "HH", "mm"]);

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string) {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      weekday: "short",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const parsedPatterns = new Map<string, string[] | null>();
function tokensOf(pattern: string): string[] | null {
  let tokens = parsedPatterns.get(pattern);
  if (tokens === undefined) {
    const pieces = pattern.match(TOKENS) ?? [];
    const complete = pieces.join("") === pattern && pieces.every((piece) => SUPPORTED.has(piece) || !/[A-Za-z]/.test(piece));
    tokens = complete ? pieces : null;
    parsedPatterns.set(pattern, tokens);
  }
  return tokens;
}

const pad = (value: number) => String(value).padStart(2, "0");

/** `instant` as the wall clock of `timeZone` shows it, in a date-fns pattern, e.g. "Thu 3 Dec 2026, 14:30". */
export function formatInTimeZone(instant: Date, timeZone: string, pattern: string): string {
  const tokens = tokensOf(pattern);
  if (!tokens) return format(new TZDate(instant, timeZone), pattern);
  const fields: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) fields[part.type] = part.value;
  const month = Number(fields.month);
  const values: Record<string, string> = {
    EEE: fields.weekday!,
    MMMM: MONTHS[month - 1]!,
    MMM: MONTHS[month - 1]!.slice(0, 3),
    MM: pad(month),
    yyyy: fields.year!.padStart(4, "0"),
    dd: pad(Number(fields.day)),
    d: String(Number(fields.day)),
    HH: pad(Number(fields.hour)),
    mm: pad(Number(fields.minute)),
  };
  return tokens.map((token) => values[token] ?? token).join("");
}
