import { Prisma } from "@prisma/client";
import { db } from "../../db";
import { utcTimestamp } from "../raw-sql";
import { computeInsights, weekWindow, type ApplicationTotals, type BucketCount, type LetterCounts } from "./compute-insights";


type ApplicationsRow = {
  total: number;
  screening: number;
  interview: number;
  offer: number;
  accepted: number;
  responded: number;
  rejectedApplied: number;
  rejectedScreen: number;
  rejectedInterview: number;
  rejectedFinal: number;
  rejectedOffer: number;
  /** [applied day (days since 1970-01-01), first response (epoch ms)] per application with both. */
  responses: [number, number][] | null;
};

/**
 * The Insights page's numbers for one user, from four queries run together that count in the
 * database and return a row or a dozen whatever the data size: the applications' funnel,
 * response and rejection counts (with the applied/first-response pairs the median needs, as one
 * JSON value), applications and interactions per week, and letter counts.
 *
 * Nothing here asks Postgres about the user's time zone (zones are checked against Intl, whose
 * list and rules need not match the database's): the weeks arrive as the instants and dates at
 * which they start, which width_bucket() counts into, and the days to a first response are read
 * in the zone by compute-insights.ts.
 *
 * How far an application got (1 applied … 5 accepted) is the furthest of its status, its
 * rejection's stage (a final-round rejection counts as interviewed) and its interviews (a phone
 * screen alone counts as screening). It got an answer if it got past "applied", was rejected, or
 * had a reply. Its first response is the earliest of the rejection's date (UTC midnight), its
 * first interview and its first reply.
 */
export async function getInsights(userId: string, timeZone: string, now = new Date()) {
  const window = weekWindow(now, timeZone);
  const weekStarts = window.starts.map(utcTimestamp);
  const [[facts], applicationsPerWeek, interactionsPerWeek, [letters]] = await Promise.all([
    db.$queryRaw<ApplicationsRow[]>(Prisma.sql`
      WITH facts AS (
        SELECT a."appliedOn", r."stageReached"::text AS "rejectionStage", x."firstReplyAt",
          GREATEST(
            CASE a."status" WHEN 'screening' THEN 2 WHEN 'interviewing' THEN 3 WHEN 'offer' THEN 4 WHEN 'accepted' THEN 5 ELSE 1 END,
            CASE r."stageReached" WHEN 'screen' THEN 2 WHEN 'interview' THEN 3 WHEN 'final' THEN 3 WHEN 'offer' THEN 4 ELSE 1 END,
            CASE WHEN iv."hadInterview" THEN 3 WHEN iv."firstInterviewAt" IS NOT NULL THEN 2 ELSE 1 END
          ) AS "reached",
          LEAST(r."receivedOn"::timestamp, iv."firstInterviewAt", x."firstReplyAt") AS "firstResponseAt"
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
        WHERE a."userId" = ${userId} AND a."deletedAt" IS NULL AND a."status" <> 'wishlist'
      )
      SELECT count(*)::int AS "total",
        count(*) FILTER (WHERE "reached" >= 2)::int AS "screening",
        count(*) FILTER (WHERE "reached" >= 3)::int AS "interview",
        count(*) FILTER (WHERE "reached" >= 4)::int AS "offer",
        count(*) FILTER (WHERE "reached" >= 5)::int AS "accepted",
        count(*) FILTER (WHERE "reached" >= 2 OR "rejectionStage" IS NOT NULL OR "firstReplyAt" IS NOT NULL)::int AS "responded",
        count(*) FILTER (WHERE "rejectionStage" = 'applied')::int AS "rejectedApplied",
        count(*) FILTER (WHERE "rejectionStage" = 'screen')::int AS "rejectedScreen",
        count(*) FILTER (WHERE "rejectionStage" = 'interview')::int AS "rejectedInterview",
        count(*) FILTER (WHERE "rejectionStage" = 'final')::int AS "rejectedFinal",
        count(*) FILTER (WHERE "rejectionStage" = 'offer')::int AS "rejectedOffer",
        json_agg(json_build_array("appliedOn" - DATE '1970-01-01', floor(extract(epoch FROM "firstResponseAt") * 1000)))
          FILTER (WHERE "appliedOn" IS NOT NULL AND "firstResponseAt" IS NOT NULL) AS "responses"
      FROM facts`),
    // An applied date counts in its own calendar week; without one, the moment it was recorded.
    db.$queryRaw<BucketCount[]>(Prisma.sql`
      SELECT "week", count(*)::int AS "count" FROM (
        SELECT CASE WHEN "appliedOn" IS NOT NULL THEN width_bucket("appliedOn", ${window.startDates}::date[])
          ELSE width_bucket("createdAt", ${weekStarts}::timestamp[]) END AS "week"
        FROM "Application"
        WHERE "userId" = ${userId} AND "deletedAt" IS NULL AND "status" <> 'wishlist'
      ) weeks
      WHERE "week" BETWEEN 1 AND ${window.weeks.length}
      GROUP BY "week"`),
    db.$queryRaw<BucketCount[]>(Prisma.sql`
      SELECT width_bucket("occurredAt", ${weekStarts}::timestamp[]) AS "week", count(*)::int AS "count"
      FROM "Interaction"
      WHERE "userId" = ${userId} AND "occurredAt" >= ${weekStarts[0]}::timestamp AND "occurredAt" < ${weekStarts.at(-1)}::timestamp
      GROUP BY 1`),
    db.$queryRaw<LetterCounts[]>(Prisma.sql`
      SELECT count(*) FILTER (WHERE "status" = 'sent')::int AS "sent",
        count(*) FILTER (WHERE "status" = 'draft')::int AS "owed",
        count(*) FILTER (WHERE "status" = 'draft' AND "dueAt" < ${utcTimestamp(now)}::timestamp)::int AS "overdue",
        count(*) FILTER (WHERE "status" = 'skipped')::int AS "skipped"
      FROM "Letter" WHERE "userId" = ${userId}`),
  ]);
  // Aggregates without GROUP BY always return one row.
  const a = facts!;
  const totals: ApplicationTotals = {
    total: a.total,
    reached: { applied: a.total, screening: a.screening, interview: a.interview, offer: a.offer, accepted: a.accepted },
    responded: a.responded,
    rejections: {
      applied: a.rejectedApplied,
      screen: a.rejectedScreen,
      interview: a.rejectedInterview,
      final: a.rejectedFinal,
      offer: a.rejectedOffer,
    },
  };
  return computeInsights({
    totals,
    responses: (a.responses ?? []).map(([appliedOn, firstResponseAt]) => ({ appliedOn, firstResponseAt })),
    window,
    applicationsPerWeek,
    interactionsPerWeek,
    letters: letters!,
    timeZone,
  });
}
