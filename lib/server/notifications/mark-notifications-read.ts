import { db } from "../../db";
import { notFound } from "../../errors";

export async function markNotificationRead(userId: string, id: string, now = new Date()) {
  const { count } = await db.notification.updateMany({ where: { id, userId }, data: { readAt: now } });
  if (count === 0) throw notFound("Notification");
}

export async function markAllNotificationsRead(userId: string, now = new Date()) {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: now } });
  return count;
}
