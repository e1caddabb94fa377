import { db } from "../../db";

/** Interviews scheduled in [from, to), soonest first, with their application, company and interviewers. */
export function listUpcomingInterviews(userId: string, { from, to }: { from: Date; to: Date }) {
  return db.interview.findMany({
    where: { userId, scheduledAt: { gte: from, lt: to }, outcome: { not: "cancelled" }, application: { deletedAt: null } },
    orderBy: [{ scheduledAt: "asc" }, { id: "asc" }],
    take: 100,
    select: {
      id: true,
      kind: true,
      round: true,
      scheduledAt: true,
      durationMinutes: true,
      outcome: true,
      application: { select: { id: true, role: true, status: true, company: { select: { id: true, name: true } } } },
      interviewers: { select: { contact: { select: { id: true, name: true, email: true } } } },
    },
  });
}
export type UpcomingInterview = Awaited<ReturnType<typeof listUpcomingInterviews>>[number];
