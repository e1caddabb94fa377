import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { snoozedUntil } from "../../schedule/reminders";
import { localInputToUtc } from "../../schedule/zoned";
import type { SnoozeInput } from "../../validation/follow-up";
import { OPEN_STATUSES, userWorkingHours } from "./shared";

/** Moves an open follow-up later; it reminds again at the new moment. */
export async function snoozeFollowUp(userId: string, input: SnoozeInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const hours = await userWorkingHours(tx, userId);
    // A moment the user picks stays as picked; the choices land in their working hours.
    const dueAt = input.choice === "until" ? localInputToUtc(input.until, hours.timeZone) : snoozedUntil(now, input.choice, hours);
    if (!dueAt || dueAt <= now) {
      throw new AppError("INVALID", "Pick a moment in the future", { until: ["Pick a moment in the future"] });
    }
    const { count } = await tx.followUp.updateMany({
      where: { id: input.id, userId, status: { in: [...OPEN_STATUSES] } },
      data: { dueAt, status: "snoozed" },
    });
    if (count === 0) throw notFound("Follow-up");
    return dueAt;
  });
}
