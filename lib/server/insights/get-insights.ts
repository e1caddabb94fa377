import { Prisma } from "@prisma/client";
import { subWeeks } from "date-fns";
import { db } from "../../db";
import { computeInsights, type ApplicationFact } from "./compute-insights";

/**
 * The Insights page's numbers for one user, from four queries whatever the data size: one row
 * per application (with its rejection, interviews and replies pre-aggregated), the recent
 * interactions' dates, and letter counts.
 */
export async function getInsights(userId: string, timeZone: string, now = new Date()) {
  const [applications, interactions, letters, overdue] = await Promise.all([
    db.$queryRaw<ApplicationFact[]>(Prisma.sql`
      SELECT a."status"::text AS "status", a."appliedOn", a."createdAt",
        r."stageReached"::text AS "rejectionStage", r."receivedOn" AS "rejectionReceivedOn",
        iv."firstInterviewAt", COALESCE(iv."hadInterview", false) AS "hadInterview", x."firstReplyAt"
      FROM "Application" a
      LEFT JOIN "Rejection" r ON r."applicationId" = a."id" AND r."userId" = ${userId}
      LEFT JOIN (
        SELECT "applicationId", min("scheduledAt") AS "firstInterviewAt", bool_or("kind" <> 'phone_screen') AS "hadInterview"
        FROM "Interview" WHERE "userId" = ${userId} GROUP BY "applicationId"
      ) iv ON iv."applicationId" = a."id"
      LEFT JOIN (
        SELECT "applicationId", min("occurredAt") AS "firstReplyAt"
        FROM "Interaction" WHERE "userId" = ${userId} AND "kind" = 'reply_received' AND "applicationId" IS NOT NULL
        GROUP BY "applicationId"
      ) x ON x."applicationId" = a."id"
      WHERE a."userId" = ${userId} AND a."deletedAt" IS NULL AND a."status" <> 'wishlist'`),
    db.interaction.findMany({ where: { userId, occurredAt: { gte: subWeeks(now, 13) } }, select: { occurredAt: true } }),
    db.letter.groupBy({ by: ["status"], where: { userId }, _count: { _all: true } }),
    db.letter.count({ where: { userId, status: "draft", dueAt: { lt: now } } }),
  ]);
  const count = (status: string) => letters.find((row) => row.status === status)?._count._all ?? 0;
  return computeInsights({
    applications,
    interactionDates: interactions.map((row) => row.occurredAt),
    letters: { sent: count("sent"), owed: count("draft"), overdue, skipped: count("skipped") },
    now,
    timeZone,
  });
}
