import { db } from "../../db";
import { notFound } from "../../errors";

export async function getSettings(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { timeZone: true, digestEnabled: true, digestHour: true, calendarToken: true },
  });
  if (!user) throw notFound("User");
  return user;
}
