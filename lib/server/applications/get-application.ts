import { db } from "../../db";
import { notFound } from "../../errors";

/** One application with everything its page shows (interviews, notes, referrer, rejection). */
export async function getApplication(userId: string, applicationId: string) {
  const application = await db.application.findFirst({
    where: { id: applicationId, userId, deletedAt: null },
    include: {
      company: { select: { id: true, name: true, website: true } },
      referrer: { select: { id: true, name: true } },
      rejection: { select: { id: true } },
      interviews: {
        orderBy: { scheduledAt: "asc" },
        include: { interviewers: { select: { contact: { select: { id: true, name: true, email: true } } } } },
      },
      notesList: { orderBy: { createdAt: "desc" }, select: { id: true, body: true, createdAt: true } },
    },
  });
  if (!application) throw notFound("Application");
  return application;
}
export type ApplicationDetail = Awaited<ReturnType<typeof getApplication>>;
