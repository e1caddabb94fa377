import { db } from "../../db";
import { notFound } from "../../errors";
import { nextCadenceDue } from "../../schedule/reminders";
import type { FollowUpUndoToken } from "../../validation/follow-up";
import { logInteraction } from "../interactions/log-interaction";
import { markFollowUpNotificationsRead } from "../notifications/mark-notifications-read";
import { advanceDecisionNudge } from "./advance-decision-nudge";
import { OPEN_STATUSES, userWorkingHours } from "./shared";

/**
 * "Done": closes the follow-up, logs the touch with its contact (which restarts their
 * keep-in-touch clock) and, for a cadence, schedules the next one from this moment.
 * Returns the next follow-up, if any.
 */
export async function completeFollowUp(userId: string, id: string, now = new Date()) {
  return (await completeFollowUpUndoably(userId, id, now)).next;
}

/** Done, with what undoFollowUp needs to take it back (none for a decision nudge). */
export async function completeFollowUpUndoably(userId: string, id: string, now = new Date()) {
  const result = await db.$transaction(async (tx) => {
    const followUp = await tx.followUp.findFirst({ where: { id, userId, status: { in: [...OPEN_STATUSES] } } });
    if (!followUp) throw notFound("Follow-up");
    // The conditional update is the lock: of two concurrent clicks, one finds nothing to do.
    const { count } = await tx.followUp.updateMany({
      where: { id, userId, status: { in: [...OPEN_STATUSES] } },
      data: { status: "done", completedAt: now },
    });
    if (count === 0) throw notFound("Follow-up");
    await markFollowUpNotificationsRead(tx, userId, id, now);

    if (followUp.contactId) {
      await logInteraction(
        userId,
        { contactId: followUp.contactId, applicationId: followUp.applicationId ?? undefined, kind: "message", occurredAt: now, notes: `Follow-up done: ${followUp.title}` },
        tx,
      );
    }
    await tx.activity.create({
      data: {
        userId,
        contactId: followUp.contactId,
        applicationId: followUp.applicationId,
        kind: "follow_up_done",
        summary: `Done: ${followUp.title}`,
        occurredAt: now,
      },
    });

    // A nudge done with no reply yet: the next one is proposed at once, a week out.
    if (followUp.origin === "decision_nudge" && followUp.applicationId) await advanceDecisionNudge(userId, followUp.applicationId, { tx, now });
    const next = followUp.cadenceDays ? await tx.followUp.create({
      data: {
        userId,
        title: followUp.title,
        notes: followUp.notes,
        contactId: followUp.contactId,
        applicationId: followUp.applicationId,
        rejectionId: followUp.rejectionId,
        cadenceDays: followUp.cadenceDays,
        origin: followUp.origin,
        dueAt: nextCadenceDue(now, followUp.cadenceDays, await userWorkingHours(tx, userId)),
      },
    }) : null;
    return { next, followUp };
  });
  const { next, followUp } = result;
  const undo: FollowUpUndoToken | null =
    followUp.origin === "decision_nudge"
      ? null
      : { action: "done", id, completedAt: now.toISOString(), previousStatus: followUp.status === "snoozed" ? "snoozed" : "pending", ...(next ? { nextId: next.id } : {}) };
  return { next, undo };
}
