import { db } from "../../db";
import { notFound } from "../../errors";
import { nextCadenceDue } from "../../schedule/reminders";
import { logInteraction } from "../interactions/log-interaction";
import { advanceDecisionNudge } from "./advance-decision-nudge";
import { OPEN_STATUSES, userWorkingHours } from "./shared";

/**
 * "Done": closes the follow-up, logs the touch with its contact (which restarts their
 * keep-in-touch clock) and, for a cadence, schedules the next one from this moment.
 * Returns the next follow-up, if any.
 */
export async function completeFollowUp(userId: string, id: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const followUp = await tx.followUp.findFirst({ where: { id, userId, status: { in: [...OPEN_STATUSES] } } });
    if (!followUp) throw notFound("Follow-up");
    // The conditional update is the lock: of two concurrent clicks, one finds nothing to do.
    const { count } = await tx.followUp.updateMany({
      where: { id, userId, status: { in: [...OPEN_STATUSES] } },
      data: { status: "done", completedAt: now },
    });
    if (count === 0) throw notFound("Follow-up");

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
    if (!followUp.cadenceDays) return null;
    return tx.followUp.create({
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
    });
  });
}
