import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { snoozedUntil } from "../../schedule/reminders";
import { localInputToUtc } from "../../schedule/zoned";
import type { FollowUpUndoToken, SnoozeInput } from "../../validation/follow-up";
import { markFollowUpNotificationsRead } from "../notifications/mark-notifications-read";
import { OPEN_STATUSES, userWorkingHours } from "./shared";

/** Moves an open follow-up later; it reminds again at the new moment. */
export async function snoozeFollowUp(userId: string, input: SnoozeInput, now = new Date()) {
  return (await snoozeFollowUpUndoably(userId, input, now)).dueAt;
}

/** Snooze, with what undoFollowUp needs to put the follow-up back where it was. */
export async function snoozeFollowUpUndoably(userId: string, input: SnoozeInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const hours = await userWorkingHours(tx, userId);
    // A moment the user picks stays as picked; the choices land in their working hours.
    const dueAt = input.choice === "until" ? localInputToUtc(input.until, hours.timeZone) : snoozedUntil(now, input.choice, hours);
    if (!dueAt || dueAt <= now) {
      throw new AppError("INVALID", "Pick a moment in the future", { until: ["Pick a moment in the future"] });
    }
    const before = await tx.followUp.findFirst({ where: { id: input.id, userId, status: { in: [...OPEN_STATUSES] } }, select: { dueAt: true, status: true } });
    if (!before) throw notFound("Follow-up");
    const { count } = await tx.followUp.updateMany({
      where: { id: input.id, userId, status: before.status, dueAt: before.dueAt },
      data: { dueAt, status: "snoozed" },
    });
    if (count === 0) throw notFound("Follow-up");
    await markFollowUpNotificationsRead(tx, userId, input.id, now);
    const undo: FollowUpUndoToken = {
      action: "snooze",
      id: input.id,
      dueAt: dueAt.toISOString(),
      previousDueAt: before.dueAt.toISOString(),
      previousStatus: before.status === "snoozed" ? "snoozed" : "pending",
    };
    return { dueAt, undo };
  });
}
