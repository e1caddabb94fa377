import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { nextCadenceDue } from "../../schedule/reminders";
import { recordActivity } from "../activity/record-activity";
import { userWorkingHours } from "../follow-ups/shared";
import { LIVE_CONTACT } from "./trash";

/**
 * Folds a duplicate contact into the one being kept: every link (interviews, referrals,
 * rejections, interactions, notes, timeline, letters, follow-ups) moves over, blank fields are
 * filled from the duplicate, tags are joined, and the duplicate is deleted. One transaction.
 */
export async function mergeContacts(userId: string, keepId: string, duplicateId: string) {
  if (keepId === duplicateId) throw new AppError("INVALID", "Choose a different contact to merge.", { duplicateId: ["Choose a different contact"] });
  return db.$transaction(async (tx) => {
    const keep = await tx.contact.findFirst({ where: { id: keepId, userId, ...LIVE_CONTACT } });
    const duplicate = await tx.contact.findFirst({ where: { id: duplicateId, userId, ...LIVE_CONTACT } });
    if (!keep || !duplicate) throw notFound("Contact");

    const moveTo = { contactId: keep.id };
    const fromDuplicate = { userId, contactId: duplicate.id };
    // An interview both sat on keeps a single row (the pair is the primary key).
    const shared = await tx.interviewInterviewer.findMany({ where: { userId, contactId: keep.id }, select: { interviewId: true } });
    await tx.interviewInterviewer.updateMany({ where: { ...fromDuplicate, interviewId: { notIn: shared.map((row) => row.interviewId) } }, data: moveTo });
    await tx.interviewInterviewer.deleteMany({ where: fromDuplicate });
    await tx.application.updateMany({ where: { userId, referrerId: duplicate.id }, data: { referrerId: keep.id } });
    await tx.rejection.updateMany({ where: { userId, senderId: duplicate.id }, data: { senderId: keep.id } });
    await tx.interaction.updateMany({ where: fromDuplicate, data: moveTo });
    await tx.note.updateMany({ where: fromDuplicate, data: moveTo });
    await tx.activity.updateMany({ where: fromDuplicate, data: moveTo });
    await tx.letter.updateMany({ where: fromDuplicate, data: moveTo });
    await tx.followUp.updateMany({ where: fromDuplicate, data: moveTo });

    const lastInteractionAt = latest(keep.lastInteractionAt, duplicate.lastInteractionAt);
    const keepInTouchDays = keep.keepInTouchDays ?? duplicate.keepInTouchDays;
    await tx.contact.updateMany({
      where: { id: keep.id, userId },
      data: {
        email: keep.email ?? duplicate.email,
        phone: keep.phone ?? duplicate.phone,
        linkedinUrl: keep.linkedinUrl ?? duplicate.linkedinUrl,
        title: keep.title ?? duplicate.title,
        companyId: keep.companyId ?? duplicate.companyId,
        howMet: keep.howMet ?? duplicate.howMet,
        notes: [keep.notes, duplicate.notes].filter(Boolean).join("\n\n") || null,
        tags: [...new Set([...keep.tags, ...duplicate.tags])],
        lastInteractionAt,
        keepInTouchDays,
        nextTouchAt:
          lastInteractionAt && keepInTouchDays
            ? nextCadenceDue(lastInteractionAt, keepInTouchDays, await userWorkingHours(tx, userId))
            : (keep.nextTouchAt ?? duplicate.nextTouchAt),
      },
    });
    await tx.contact.deleteMany({ where: { id: duplicate.id, userId } });
    await recordActivity(userId, { kind: "created", contactId: keep.id, summary: `Merged ${duplicate.name} into this contact` }, tx);
    return { id: keep.id };
  });
}

function latest(a: Date | null, b: Date | null) {
  if (!a) return b;
  if (!b) return a;
  return a > b ? a : b;
}
