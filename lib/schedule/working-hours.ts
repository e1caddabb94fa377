// Working hours (ADR 0009): every moment the app chooses for the user — a letter's due date, a
// snooze, a plan item, a cadence repeat, a contact's next touch, a decision nudge — lands at their
// reminder time on a working day, in their time zone. A moment the user types is never moved.
// Days are calendar days (follow-up-plan.ts), so a DST change cannot push a reminder off its time.
import { addDays, dayIn, morningOf, weekdayMorningAfter, workingDayFrom, type Day } from "./follow-up-plan";

export type WorkingHours = {
  timeZone: string;
  /** Local time of day, in minutes after midnight (540 = 09:00). */
  reminderMinutes: number;
  /** Working days are Monday to Friday; otherwise every day is one. */
  weekdaysOnly: boolean;
};

export const DEFAULT_REMINDER_MINUTES = 9 * 60;
// "Later today" moves by this much, as long as it stays within the working day.
export const LATER_TODAY_MS = 3 * 60 * 60 * 1000;
// The working day runs from the reminder time to 18:00, or for 9 hours when it starts late.
const WORKDAY_END_MINUTES = 18 * 60;
const SHORTEST_WORKDAY_MINUTES = 9 * 60;
const MINUTES_PER_DAY = 24 * 60;

/** That day at the reminder time, moved to the next working day when weekdays only. */
export function atReminderTime(day: Day, hours: WorkingHours): Date {
  return weekdayMorningAfter(day, 0, hours).at;
}

/** N calendar days after the local day of `from`, at the reminder time on a working day. */
export function daysFrom(from: Date, days: number, hours: WorkingHours): Date {
  return weekdayMorningAfter(dayIn(from, hours.timeZone), days, hours).at;
}

/** `days` working days after the local day of `from` (weekends are not counted when weekdays only), at the reminder time. */
export function workingDaysFrom(from: Date, days: number, hours: WorkingHours): Date {
  let day = dayIn(from, hours.timeZone);
  for (let counted = 0; counted < days; counted++) day = workingDayFrom(addDays(day, 1), hours);
  return morningOf(day, hours);
}

/** The first reminder time on a working day that is still ahead of `now`. */
export function nextWorkingMoment(now: Date, hours: WorkingHours): Date {
  const today = atReminderTime(dayIn(now, hours.timeZone), hours);
  return today > now ? today : daysFrom(now, 1, hours);
}

/** Three hours from now when that is still within today's working hours; else the next working moment. */
export function laterToday(now: Date, hours: WorkingHours): Date {
  const today = dayIn(now, hours.timeZone);
  const later = new Date(now.getTime() + LATER_TODAY_MS);
  const { start, end } = workingHoursOn(today, hours);
  const isWorkingDay = workingDayFrom(today, hours) === today;
  return isWorkingDay && later >= start && later <= end ? later : nextWorkingMoment(now, hours);
}

/** The span of `day`'s working hours: from the reminder time to 18:00, or 9 hours if that ends later. */
export function workingHoursOn(day: Day, hours: WorkingHours): { start: Date; end: Date } {
  const endMinutes = Math.max(WORKDAY_END_MINUTES, hours.reminderMinutes + SHORTEST_WORKDAY_MINUTES);
  // Past midnight, the working day ends on the next calendar day.
  const endDay = addDays(day, Math.floor(endMinutes / MINUTES_PER_DAY));
  return { start: morningOf(day, hours), end: morningOf(endDay, { timeZone: hours.timeZone, reminderMinutes: endMinutes % MINUTES_PER_DAY }) };
}

/** "09:00" for 540: the value of an `<input type="time">`. */
export function reminderTimeText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")}`;
}
