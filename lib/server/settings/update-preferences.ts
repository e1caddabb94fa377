import { db } from "../../db";
import { notFound } from "../../errors";
import { nextDigestAt } from "../../schedule/reminders";
import type { PreferencesInput } from "../../validation/settings";

/**
 * Saves the time zone, working hours and digest choice, and returns what was saved. E-mails
 * already queued follow the new choice: held for the (new) digest moment, or released at once
 * when the digest is turned off. Moments already chosen (due dates) are left as they are.
 */
export async function updatePreferences(userId: string, input: PreferencesInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const saved = { timeZone: input.timeZone, digestEnabled: input.digestEnabled, digestHour: input.digestHour, reminderMinutes: input.reminderTime, weekdaysOnly: input.weekdaysOnly };
    const { count } = await tx.user.updateMany({ where: { id: userId }, data: saved });
    if (count === 0) throw notFound("User");
    const queued = { userId, channel: "email" as const, status: "pending" as const, attempts: 0 };
    await tx.delivery.updateMany({
      where: queued,
      data: { nextAttemptAt: input.digestEnabled ? nextDigestAt(now, input.digestHour, input) : now },
    });
    return saved;
  });
}
