// Pure scheduling rules for follow-ups: cadences, snoozes, digests and the list's groups.
import { TZDate } from "@date-fns/tz";
import { addLocalDays, startOfLocalDay, zonedToUtc } from "./zoned";

/** For a cadence, the next follow-up is due `cadenceDays` after the moment it was done. */
export function nextCadenceDue(doneAt: Date, cadenceDays: number, timeZone: string): Date {
  return addLocalDays(doneAt, cadenceDays, timeZone);
}

export const SNOOZE_CHOICES = {
  "1d": { label: "1 day", days: 1 },
  "3d": { label: "3 days", days: 3 },
  "1w": { label: "1 week", days: 7 },
} as const;
export type SnoozeChoice = keyof typeof SNOOZE_CHOICES;

/** Snoozing moves the reminder to the same local time N days from now. */
export function snoozedUntil(now: Date, choice: SnoozeChoice, timeZone: string): Date {
  return addLocalDays(now, SNOOZE_CHOICES[choice].days, timeZone);
}

/** The first digest moment (local `digestHour`:00) at or after `after`. */
export function nextDigestAt(after: Date, digestHour: number, timeZone: string): Date {
  const local = new TZDate(after, timeZone);
  const today = zonedToUtc(
    { year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate(), hour: digestHour, minute: 0 },
    timeZone,
  );
  if (today >= after) return today;
  return addLocalDays(today, 1, timeZone);
}

export type DueGroup = "overdue" | "today" | "week" | "later";
export const DUE_GROUP_LABELS: Record<DueGroup, string> = {
  overdue: "Overdue",
  today: "Today",
  week: "This week",
  later: "Later",
};

/** Overdue: an earlier local day; today: any time today; this week: the next 7 local days. */
export function dueGroupOf(dueAt: Date, now: Date, timeZone: string): DueGroup {
  if (dueAt < startOfLocalDay(now, timeZone)) return "overdue";
  if (dueAt < startOfLocalDay(now, timeZone, 1)) return "today";
  if (dueAt < startOfLocalDay(now, timeZone, 8)) return "week";
  return "later";
}
