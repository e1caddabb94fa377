import { db, type Tx } from "../../db";
import { notFound } from "../../errors";

export async function markNotificationRead(userId: string, id: string, now = new Date()) {
  const { count } = await db.notification.updateMany({ where: { id, userId }, data: { readAt: now } });
  if (count === 0) throw notFound("Notification");
}

export async function markAllNotificationsRead(userId: string, now = new Date()) {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
  return count;
}

/** Acting on a follow-up (Done, Snooze, Dismiss) answers its reminders: they stop counting as unread. */
export async function markFollowUpNotificationsRead(tx: Tx, userId: string, followUpId: string, now = new Date()) {
  await tx.notification.updateMany({ where: { userId, followUpId, readAt: null }, data: { readAt: now } });
}
