import { db } from "../../db";
import { NOT_ABOUT_TRASHED_CONTACT, NOT_TO_WRITE_TO_TRASHED_CONTACT, unlessTrashed } from "../contacts/trash";
import { PLAN_ORIGINS } from "../follow-up-plans/accept-follow-up-plan";

/**
 * Where an application's rejection stands once the flow is left: what was logged, its letters
 * and their state, and whether its plan was accepted; null when no rejection is logged.
 */
export async function getRejectionStanding(userId: string, applicationId: string) {
  const rejection = await db.rejection.findFirst({
    where: { applicationId, userId, application: { deletedAt: null } },
    select: {
      id: true,
      applicationId: true,
      receivedOn: true,
      stageReached: true,
      stageRound: true,
      channel: true,
      feedback: true,
      closeSecond: true,
      sender: { select: { id: true, name: true, deletedAt: true } },
      letters: {
        where: { userId, ...NOT_TO_WRITE_TO_TRASHED_CONTACT },
        orderBy: [{ createdAt: "asc" }, { id: "asc" }],
        select: { id: true, subject: true, status: true, recipientName: true, contact: { select: { id: true, name: true } } },
      },
      _count: { select: { followUps: { where: { userId, origin: { in: [...PLAN_ORIGINS] }, ...NOT_ABOUT_TRASHED_CONTACT } } } },
    },
  });
  if (!rejection) return null;
  const { _count, sender, ...rest } = rejection;
  return { ...rest, sender: unlessTrashed(sender), planFollowUps: _count.followUps };
}
export type RejectionStanding = NonNullable<Awaited<ReturnType<typeof getRejectionStanding>>>;
