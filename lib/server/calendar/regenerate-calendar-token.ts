import { randomBytes } from "node:crypto";
import { db } from "../../db";
import { notFound } from "../../errors";

/** A new secret feed URL; the old one stops working at once. */
export async function regenerateCalendarToken(userId: string) {
  const calendarToken = randomBytes(24).toString("base64url");
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { calendarToken } });
  if (count === 0) throw notFound("User");
  return calendarToken;
}
