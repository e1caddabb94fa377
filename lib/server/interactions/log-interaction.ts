import { db, type Tx } from "../../db";
import { notFound } from "../../errors";
import { nextCadenceDue } from "../../schedule/reminders";
import { interactionSentence, type LogInteractionInput } from "../../validation/interaction";
import { workingHoursSelect } from "../follow-ups/shared";
import { LIVE_CONTACT } from "../contacts/trash";

/**
 * Records a touch with a contact. Every caller that means "the user was in touch" goes through
 * here (the contact page, a follow-up marked done, a letter sent), because it also:
 * - moves the contact's last interaction forward and restarts their keep-in-touch clock;
 * - moves the contact's pending keep-in-touch follow-up to the new next-touch moment;
 * - on a reply, stops nudge sequences to that contact and about that application (they answered).
 * Pass `tx` to make it part of a larger transaction.
 */
export async function logInteraction(userId: string, input: LogInteractionInput, tx?: Tx) {
  const run = async (client: Tx) => {
    const contact = await client.contact.findFirst({
      where: { id: input.contactId, userId, ...LIVE_CONTACT },
      select: { id: true, name: true, keepInTouchDays: true, lastInteractionAt: true, user: { select: workingHoursSelect } },
    });
    if (!contact) throw notFound("Contact");
    if (input.applicationId) {
      const application = await client.application.count({ where: { id: input.applicationId, userId } });
      if (!application) throw notFound("Application");
    }

    const interaction = await client.interaction.create({
      data: {
        userId,
        contactId: contact.id,
        applicationId: input.applicationId ?? null,
        kind: input.kind,
        occurredAt: input.occurredAt,
        notes: input.notes || null,
        favour: input.favour ?? null,
      },
    });

    // A back-dated entry must not move the clock backwards.
    const isLatest = !contact.lastInteractionAt || input.occurredAt >= contact.lastInteractionAt;
    if (isLatest) {
      const nextTouchAt = contact.keepInTouchDays ? nextCadenceDue(input.occurredAt, contact.keepInTouchDays, contact.user) : null;
      await client.contact.updateMany({
        where: { id: contact.id, userId },
        data: { lastInteractionAt: input.occurredAt, ...(nextTouchAt ? { nextTouchAt } : {}) },
      });
      if (nextTouchAt) {
        await client.followUp.updateMany({
          where: { userId, contactId: contact.id, origin: "cadence", status: { in: ["pending", "snoozed"] } },
          data: { dueAt: nextTouchAt, status: "pending" },
        });
      }
    }
    if (input.kind === "reply_received") {
      // Their reply answers the nudges of every application they are part of (as referrer or interviewer).
      const theirApplications = { OR: [{ referrerId: contact.id }, { interviews: { some: { interviewers: { some: { contactId: contact.id } } } } }] };
      const repliedAbout = [{ contactId: contact.id }, { application: theirApplications }, ...(input.applicationId ? [{ applicationId: input.applicationId }] : [])];
      await client.followUp.updateMany({
        where: { userId, OR: repliedAbout, origin: "decision_nudge", status: { in: ["pending", "snoozed"] } },
        data: { status: "dismissed" },
      });
    }
    await client.activity.create({
      data: {
        userId,
        contactId: contact.id,
        applicationId: input.applicationId ?? null,
        kind: "interaction_logged",
        summary: interactionSentence(input.kind, contact.name),
        occurredAt: input.occurredAt,
      },
    });
    return interaction;
  };
  return tx ? run(tx) : db.$transaction(run);
}
