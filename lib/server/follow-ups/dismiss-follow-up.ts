import { db } from "../../db";
import { notFound } from "../../errors";
import { markFollowUpNotificationsRead } from "../notifications/mark-notifications-read";
import type { FollowUpUndoToken } from "../../validation/follow-up";
import { OPEN_STATUSES } from "./shared";

/**
 * Drops a follow-up without doing it: no interaction, no next cadence, no more reminders.
 * Returns what undoFollowUp needs to reopen it.
 */
export async function dismissFollowUp(userId: string, id: string, now = new Date()): Promise<FollowUpUndoToken> {
  return db.$transaction(async (tx) => {
    const before = await tx.followUp.findFirst({ where: { id, userId, status: { in: [...OPEN_STATUSES] } }, select: { status: true } });
    if (!before) throw notFound("Follow-up");
    const { count } = await tx.followUp.updateMany({
      where: { id, userId, status: before.status },
      data: { status: "dismissed" },
    });
    if (count === 0) throw notFound("Follow-up");
    await markFollowUpNotificationsRead(tx, userId, id, now);
    return { action: "dismiss", id, previousStatus: before.status === "snoozed" ? "snoozed" : "pending" };
  });
}
