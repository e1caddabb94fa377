import type { RejectionStage } from "@prisma/client";
import { db } from "../../db";
import { notFound } from "../../errors";
import { REJECTION_STAGE_LABELS, type LogRejectionInput } from "../../validation/rejection";
import { recordActivity } from "../activity/record-activity";
import { applyStatusChange } from "../applications/apply-status-change";
import { contactCadence, userCadenceSettings } from "../contacts/contact-cadence";
import { draftRejectionLetters } from "../letters/draft-rejection-letters";
import { LIVE_CONTACT } from "../contacts/trash";

function stageText(stage: RejectionStage, round: number | null) {
  if (stage === "interview" && round) return `interview round ${round}`;
  return REJECTION_STAGE_LABELS[stage].toLowerCase();
}

/**
 * Records the rejection of an application (or updates it: one per application) in one
 * transaction: the sender (picked, or created as a contact), the application moved to Rejected,
 * a timeline entry the first time, and a draft thank-you for each person worth thanking.
 */
export async function logRejection(userId: string, applicationId: string, input: LogRejectionInput, now = new Date()) {
  return db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { id: applicationId, userId, deletedAt: null },
      select: { id: true, role: true, status: true, companyId: true, company: { select: { name: true } }, rejection: { select: { id: true } } },
    });
    if (!application) throw notFound("Application");

    let senderId: string | null = null;
    if (input.sender?.kind === "existing") {
      const sender = await tx.contact.findFirst({ where: { id: input.sender.contactId, userId, ...LIVE_CONTACT }, select: { id: true } });
      if (!sender) throw notFound("Contact");
      senderId = sender.id;
    } else if (input.sender?.kind === "new") {
      const created = await tx.contact.create({
        data: {
          userId,
          name: input.sender.name,
          email: input.sender.email,
          role: "recruiter",
          companyId: application.companyId,
          howMet: `Sent the decision on ${application.role}`,
          ...contactCadence("recruiter", null, null, await userCadenceSettings(tx, userId), now),
        },
        select: { id: true },
      });
      senderId = created.id;
    }

    const fields = {
      receivedOn: input.receivedOn,
      stageReached: input.stageReached,
      stageRound: input.stageRound,
      channel: input.channel,
      senderId,
      feedback: input.feedback,
      closeSecond: input.closeSecond,
      keepOnFile: input.keepOnFile,
      renewedInterest: input.renewedInterest,
      wantsReferrals: input.wantsReferrals,
    };
    // The application is the user's, so the rejection keyed by it is too.
    const rejection = await tx.rejection.upsert({
      where: { applicationId: application.id },
      create: { userId, applicationId: application.id, ...fields },
      update: fields,
      select: { id: true },
    });
    const isNew = !application.rejection;

    await applyStatusChange(userId, { applicationId: application.id, from: application.status, to: "rejected", onTimeline: false }, tx);
    if (isNew) {
      await recordActivity(
        userId,
        {
          kind: "rejection_logged",
          applicationId: application.id,
          summary: `Rejected at the ${stageText(input.stageReached, input.stageRound)} stage${input.closeSecond ? " — a close second" : ""}`,
          occurredAt: now,
        },
        tx,
      );
    }
    const letters = await draftRejectionLetters(userId, rejection.id, tx, now);
    return { id: rejection.id, applicationId: application.id, isNew, lettersDrafted: letters.length };
  });
}
