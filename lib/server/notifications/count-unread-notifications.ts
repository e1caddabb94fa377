import { db } from "../../db";

export function countUnreadNotifications(userId: string) {
  return db.notification.count({ where: { userId, readAt: null } });
}
