import { db } from "../../db";
import { notFound } from "../../errors";

/** An application with its rejection (null until one is logged), for the rejection pages. */
export async function getRejection(userId: string, applicationId: string) {
  const application = await db.application.findFirst({
    where: { id: applicationId, userId, deletedAt: null },
    select: {
      id: true,
      role: true,
      status: true,
      company: { select: { name: true } },
      rejection: {
        select: {
          id: true,
          receivedOn: true,
          stageReached: true,
          stageRound: true,
          channel: true,
          senderId: true,
          feedback: true,
          closeSecond: true,
          keepOnFile: true,
          renewedInterest: true,
          wantsReferrals: true,
          createdAt: true,
        },
      },
    },
  });
  if (!application) throw notFound("Application");
  return application;
}
export type RejectionDetail = Awaited<ReturnType<typeof getRejection>>;
