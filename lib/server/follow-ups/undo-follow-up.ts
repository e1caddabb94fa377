import { db } from "../../db";
import { AppError } from "../../errors";
import { nextCadenceDue } from "../../schedule/reminders";
import type { FollowUpUndo } from "../../validation/follow-up";
import { userWorkingHours } from "./shared";
import { LIVE_CONTACT } from "../contacts/trash";

const changedSince = () => new AppError("CONFLICT", "It changed since, so it was not undone");

/**
 * Puts a follow-up back as it was before Done, Snooze, Dismiss or Delete. Refused (nothing written) when
 * the follow-up, or the next occurrence a cadence Done created, has changed since.
 * `remindedDueAt` is left alone: Done and Dismiss never move `dueAt`, and an undone Snooze returns
 * to the due moment already reminded, so no reminder is sent twice (lib/jobs/claim-due-reminders.ts).
 * Decision nudges are not undoable: their Done may propose the next nudge or ghost the application.
 */
export async function undoFollowUp(userId: string, undo: FollowUpUndo) {
  return db.$transaction(async (tx) => {
    if (undo.action === "snooze") {
      const { count } = await tx.followUp.updateMany({
        where: { id: undo.id, userId, status: "snoozed", dueAt: undo.dueAt },
        data: { status: undo.previousStatus, dueAt: undo.previousDueAt },
      });
      if (count === 0) throw changedSince();
      return;
    }
    if (undo.action === "delete") {
      if (await tx.followUp.count({ where: { id: undo.id } })) throw changedSince();
      const { contactId, applicationId, rejectionId } = undo.row;
      // A link is kept only to a row of the user's that still exists (it may have gone since).
      const [contact, application, rejection] = await Promise.all([
        contactId ? tx.contact.count({ where: { id: contactId, userId, ...LIVE_CONTACT } }) : 0,
        applicationId ? tx.application.count({ where: { id: applicationId, userId } }) : 0,
        rejectionId ? tx.rejection.count({ where: { id: rejectionId, userId } }) : 0,
      ]);
      await tx.followUp.create({
        data: { ...undo.row, id: undo.id, userId, contactId: contact ? contactId : null, applicationId: application ? applicationId : null, rejectionId: rejection ? rejectionId : null },
      });
      return;
    }
    if (undo.action === "dismiss") {
      const { count } = await tx.followUp.updateMany({ where: { id: undo.id, userId, status: "dismissed" }, data: { status: undo.previousStatus } });
      if (count === 0) throw changedSince();
      return;
    }

    const followUp = await tx.followUp.findFirst({
      where: { id: undo.id, userId, status: "done", completedAt: undo.completedAt, origin: { not: "decision_nudge" } },
      select: { id: true, title: true, contactId: true },
    });
    if (!followUp) throw changedSince();
    await tx.followUp.updateMany({ where: { id: followUp.id, userId }, data: { status: undo.previousStatus, completedAt: null } });
    if (undo.nextId) {
      // The next occurrence goes too, unless the user has already acted on it.
      const { count } = await tx.followUp.deleteMany({ where: { id: undo.nextId, userId, status: "pending", completedAt: null } });
      if (count === 0) throw changedSince();
    }
    // What Done recorded at that exact moment: the activity entries and the touch with the contact.
    await tx.activity.deleteMany({
      where: { userId, occurredAt: undo.completedAt, kind: { in: ["follow_up_done", "interaction_logged"] }, contactId: followUp.contactId },
    });
    if (!followUp.contactId) return;
    await tx.interaction.deleteMany({
      where: { userId, contactId: followUp.contactId, occurredAt: undo.completedAt, kind: "message", notes: `Follow-up done: ${followUp.title}` },
    });
    // The contact's clock goes back to their latest remaining touch.
    const contact = await tx.contact.findFirst({ where: { id: followUp.contactId, userId }, select: { keepInTouchDays: true } });
    const latest = await tx.interaction.aggregate({ where: { userId, contactId: followUp.contactId }, _max: { occurredAt: true } });
    const lastInteractionAt = latest._max.occurredAt;
    const nextTouchAt = lastInteractionAt && contact?.keepInTouchDays ? nextCadenceDue(lastInteractionAt, contact.keepInTouchDays, await userWorkingHours(tx, userId)) : undefined;
    await tx.contact.updateMany({ where: { id: followUp.contactId, userId }, data: { lastInteractionAt, ...(nextTouchAt ? { nextTouchAt } : {}) } });
  });
}
