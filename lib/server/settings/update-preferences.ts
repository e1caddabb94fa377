import { db } from "../../db";
import { notFound } from "../../errors";
import { nextDigestAt } from "../../schedule/reminders";
import type { PreferencesInput } from "../../validation/settings";

/**
 * Saves the time zone and digest choice. E-mails already queued follow the new choice: held for
 * the (new) digest hour, or released at once when the digest is turned off.
 */
export async function updatePreferences(userId: string, input: PreferencesInput, now = new Date()) {
  await db.$transaction(async (tx) => {
    const { count } = await tx.user.updateMany({
      where: { id: userId },
      data: { timeZone: input.timeZone, digestEnabled: input.digestEnabled, digestHour: input.digestHour },
    });
    if (count === 0) throw notFound("User");
    const queued = { userId, channel: "email" as const, status: "pending" as const, attempts: 0 };
    await tx.delivery.updateMany({
      where: queued,
      data: { nextAttemptAt: input.digestEnabled ? nextDigestAt(now, input.digestHour, input.timeZone) : now },
    });
  });
}
