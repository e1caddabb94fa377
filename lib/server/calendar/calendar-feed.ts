import { db } from "../../db";
import { buildCalendar } from "./build-calendar";
import { followUpCalendarItem, interviewCalendarItem, listCalendarItems } from "./calendar-items";

/**
 * The private feed behind /api/calendar/[token].ics. The token is the only credential, so this
 * is the one lookup not scoped by a signed-in user: an unknown (or revoked) token is null.
 */
export async function calendarFeedForToken(token: string): Promise<string | null> {
  if (!/^[A-Za-z0-9_-]{16,128}$/.test(token)) return null;
  const user = await db.user.findUnique({ where: { calendarToken: token }, select: { id: true, timeZone: true, calendarFeedReadAt: true } });
  if (!user) return null;
  // Remembered once, for the dashboard's first-run checklist: the calendar is connected.
  if (!user.calendarFeedReadAt) await db.user.updateMany({ where: { id: user.id, calendarFeedReadAt: null }, data: { calendarFeedReadAt: new Date() } });
  return buildCalendar("Bridges", user.timeZone, await listCalendarItems(user.id)).toString();
}

async function singleItemCalendar(userId: string, find: (userId: string, id: string) => ReturnType<typeof followUpCalendarItem>, id: string) {
  const [user, item] = await Promise.all([db.user.findUnique({ where: { id: userId }, select: { timeZone: true } }), find(userId, id)]);
  if (!user || !item) return null;
  return buildCalendar(item.summary, user.timeZone, [item]).toString();
}

/** A one-event .ics for a follow-up of the user's, or null. */
export function followUpIcs(userId: string, id: string) {
  return singleItemCalendar(userId, followUpCalendarItem, id);
}

/** A one-event .ics for an interview of the user's, or null. */
export function interviewIcs(userId: string, id: string) {
  return singleItemCalendar(userId, interviewCalendarItem, id);
}
