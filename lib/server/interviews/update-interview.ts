import { db } from "../../db";
import { notFound } from "../../errors";
import type { InterviewInput } from "../../validation/interview";
import { assertContactsOwned } from "../contacts/assert-contacts-owned";
import { findOrCreateInterviewers, interviewerNotesById } from "./add-interview";

/**
 * Saves an edited interview — a new time, kind, round, notes, outcome — and replaces its panel
 * with the interviewers chosen (people typed in by name and e-mail become contacts, as when
 * adding). All or nothing. Returns the application it belongs to.
 */
export async function updateInterview(userId: string, interviewId: string, input: InterviewInput) {
  return db.$transaction(async (tx) => {
    const interview = await tx.interview.findFirst({
      where: { id: interviewId, userId, application: { deletedAt: null } },
      select: { id: true, applicationId: true, application: { select: { companyId: true } } },
    });
    if (!interview) throw notFound("Interview");
    await assertContactsOwned(userId, input.interviewerIds, tx);
    const created = await findOrCreateInterviewers(userId, interview.application.companyId, input.newInterviewers, tx);
    const interviewerIds = [...new Set([...input.interviewerIds, ...created])];

    await tx.interview.updateMany({
      where: { id: interview.id, userId },
      data: { kind: input.kind, round: input.round ?? null, scheduledAt: input.scheduledAt, notes: input.notes ?? null, outcome: input.outcome },
    });
    await tx.interviewInterviewer.deleteMany({ where: { interviewId: interview.id, userId, contactId: { notIn: interviewerIds } } });
    await tx.interviewInterviewer.createMany({
      data: interviewerIds.map((contactId) => ({ userId, interviewId: interview.id, contactId })),
      skipDuplicates: true,
    });
    const notes = interviewerNotesById(input, created);
    for (const contactId of interviewerIds) {
      await tx.interviewInterviewer.updateMany({ where: { interviewId: interview.id, contactId, userId }, data: { note: notes.get(contactId) ?? null } });
    }
    return { id: interview.id, applicationId: interview.applicationId };
  });
}
