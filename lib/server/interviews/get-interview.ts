import { db } from "../../db";
import { notFound } from "../../errors";
import { LIVE_CONTACT } from "../contacts/trash";

/** One interview of the user's, with what its edit form shows; someone else's is not found. */
export async function getInterview(userId: string, interviewId: string) {
  const interview = await db.interview.findFirst({
    where: { id: interviewId, userId, application: { deletedAt: null } },
    select: {
      id: true,
      applicationId: true,
      kind: true,
      round: true,
      scheduledAt: true,
      notes: true,
      outcome: true,
      interviewers: { where: { contact: LIVE_CONTACT }, select: { contactId: true, note: true, contact: { select: { name: true, email: true } } } },
      application: { select: { role: true, company: { select: { name: true } } } },
    },
  });
  if (!interview) throw notFound("Interview");
  return interview;
}
