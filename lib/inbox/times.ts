// The interview time an invitation names ("on Tuesday, 9 December 2025 at 10:00", "am 4. Dezember
// um 11 Uhr", "le 5 décembre à 14h30", "el 3 de diciembre a las 10:00"), as a local date-time
// for the Add interview form. Only a day with a time counts: a bare date is not an appointment.
import { fold } from "./fold";

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9, october: 10, november: 11, december: 12,
  januar: 1, februar: 2, marz: 3, mai: 5, juni: 6, juli: 7, oktober: 10, dezember: 12,
  janvier: 1, fevrier: 2, mars: 3, avril: 4, juin: 6, juillet: 7, aout: 8, septembre: 9, octobre: 10, novembre: 11, decembre: 12,
  enero: 1, febrero: 2, marzo: 3, abril: 4, mayo: 5, junio: 6, julio: 7, agosto: 8, septiembre: 9, setiembre: 9, octubre: 10, noviembre: 11, diciembre: 12,
};
const MONTH = Object.keys(MONTHS).join("|");
const DAY_MONTH_TIME = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th|\.)? (?:de )?(${MONTH})(?: (?:de )?(\d{4}))?,? (?:at |um |a |a las |at around )?(\d{1,2})(?:[:h.](\d{2}))? ?(am|pm|uhr|h)?\b`,
);
const MONTH_DAY_TIME = new RegExp(String.raw`\b(${MONTH}) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?,? (?:at )?(\d{1,2})(?::(\d{2}))? ?(am|pm)?\b`);

const pad = (value: number) => String(value).padStart(2, "0");

/** "YYYY-MM-DDTHH:mm" (local to the reader), or null when the text names no day with a time. */
export function interviewTimeIn(text: string, sentAt: Date): string | null {
  const folded = fold(text);
  let day: number, month: number, year: number | undefined, hour: number, minute: number, suffix: string | undefined;
  const dayFirst = DAY_MONTH_TIME.exec(folded);
  const monthFirst = dayFirst ? null : MONTH_DAY_TIME.exec(folded);
  if (dayFirst) {
    [day, month, year, hour, minute, suffix] = [Number(dayFirst[1]), MONTHS[dayFirst[2]!]!, dayFirst[3] ? Number(dayFirst[3]) : undefined, Number(dayFirst[4]), Number(dayFirst[5] ?? 0), dayFirst[6]];
    // "9 December 2025, 10" without a minute or a unit is a list, not a time.
    if (dayFirst[5] === undefined && !suffix) return null;
  } else if (monthFirst) {
    [month, day, year, hour, minute, suffix] = [MONTHS[monthFirst[1]!]!, Number(monthFirst[2]), monthFirst[3] ? Number(monthFirst[3]) : undefined, Number(monthFirst[4]), Number(monthFirst[5] ?? 0), monthFirst[6]];
    if (monthFirst[5] === undefined && !suffix) return null;
  } else return null;
  if (suffix === "pm" && hour < 12) hour += 12;
  if (suffix === "am" && hour === 12) hour = 0;
  if (day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  // A day without a year is the next such day after the message was sent.
  let resolvedYear = year ?? sentAt.getUTCFullYear();
  if (!year && Date.UTC(resolvedYear, month - 1, day) < Date.UTC(sentAt.getUTCFullYear(), sentAt.getUTCMonth(), sentAt.getUTCDate())) resolvedYear++;
  return `${resolvedYear}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}`;
}
