import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { snoozedUntil } from "../../schedule/reminders";
import { localInputToUtc } from "../../schedule/zoned";
import type { SnoozeInput } from "../../validation/follow-up";
import { OPEN_STATUSES, userTimeZone } from "./shared";

/** Moves an open follow-up later; it reminds again at the new moment. */
export async function snoozeFollowUp(userId: string, input: SnoozeInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const timeZone = await userTimeZone(tx, userId);
    const dueAt = input.choice === "until" ? localInputToUtc(input.until, timeZone) : snoozedUntil(now, input.choice, timeZone);
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
