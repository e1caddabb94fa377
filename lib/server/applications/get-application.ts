import { db } from "../../db";
import { notFound } from "../../errors";
import { LIVE_CONTACT } from "../contacts/trash";

/** One application with everything its page shows (interviews, notes, referrer, rejection). */
export async function getApplication(userId: string, applicationId: string) {
  const application = await db.application.findFirst({
    where: { id: applicationId, userId, deletedAt: null },
    include: {
      company: { select: { id: true, name: true, website: true } },
      referrer: { select: { id: true, name: true, deletedAt: true } },
      rejection: { select: { id: true } },
      interviews: {
        orderBy: { scheduledAt: "asc" },
        include: { interviewers: { where: { contact: LIVE_CONTACT }, select: { contact: { select: { id: true, name: true, email: true } } } } },
      },
      notesList: { orderBy: { createdAt: "desc" }, select: { id: true, body: true, createdAt: true } },
    },
  });
  if (!application) throw notFound("Application");
  // A referrer in the trash is not shown (nor sent by the API), as if deleted.
  const { referrer, ...rest } = application;
  return { ...rest, referrer: referrer && !referrer.deletedAt ? { id: referrer.id, name: referrer.name } : null };
}
export type ApplicationDetail = Awaited<ReturnType<typeof getApplication>>;
