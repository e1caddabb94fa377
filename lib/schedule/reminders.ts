// Pure scheduling rules for follow-ups: cadences, snoozes, digests and the list's groups.
import { addDays, dayIn, morningOf, workingDayFrom } from "./follow-up-plan";
import { daysFrom, laterToday, type WorkingHours } from "./working-hours";
import { SNOOZE_CHOICES, type SnoozeChoice } from "./snooze-choices";
import { startOfLocalDay } from "./zoned";

/** For a cadence, the next follow-up is due `cadenceDays` after the day it was done, in working hours. */
export function nextCadenceDue(doneAt: Date, cadenceDays: number, hours: WorkingHours): Date {
  return daysFrom(doneAt, cadenceDays, hours);
}

export { SNOOZE_CHOICES, type SnoozeChoice } from "./snooze-choices";

/** "Later today" keeps to today's working hours when it can; the others land on that day's reminder time. */
export function snoozedUntil(now: Date, choice: SnoozeChoice, hours: WorkingHours): Date {
  return choice === "today" ? laterToday(now, hours) : daysFrom(now, SNOOZE_CHOICES[choice].days, hours);
}

/** The first digest moment (local `digestHour`:00) at or after `after`, on a working day. */
export function nextDigestAt(after: Date, digestHour: number, hours: Pick<WorkingHours, "timeZone" | "weekdaysOnly">): Date {
  const digestOn = (day: string) => morningOf(day, { timeZone: hours.timeZone, reminderMinutes: digestHour * 60 });
  const today = dayIn(after, hours.timeZone);
  const first = digestOn(today) >= after ? today : addDays(today, 1);
  return digestOn(workingDayFrom(first, hours));
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
