import { db } from "../../db";
import { notFound } from "../../errors";

/** Everything the settings page shows beyond the session user's name and e-mail, in one read. */
export async function getSettings(userId: string) {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { timeZone: true, digestEnabled: true, digestHour: true, reminderMinutes: true, weekdaysOnly: true, calendarToken: true, cadenceDefaults: true },
  });
  if (!user) throw notFound("User");
  return user;
}
