import { db } from "../../db";
import { APPLICATION_STATUSES, type ApplicationStatus } from "../../validation/application";

/** Cards shown per column; the rest are one click away in the filtered list. */
export const BOARD_COLUMN_LIMIT = 50;

type BoardRow = {
  id: string;
  role: string;
  status: ApplicationStatus;
  tags: string[];
  company: string;
  appliedOn: Date | null;
  salaryRange: string | null;
  nextFollowUpAt: Date | null;
  inStageSince: Date;
  total: bigint;
};

/**
 * The board: each status with its count and its most recently active cards, with what a card
 * shows (applied on, next follow-up, tags, salary, since when in this column). One statement,
 * however many applications there are: a window per status ranks and counts in one pass, and
 * the two per-card look-ups run only for the cards shown, each on an index.
 */
export async function listBoard(userId: string) {
  const rows = await db.$queryRaw<BoardRow[]>`
    SELECT ranked.id, ranked.role, ranked.status::text AS status, ranked.tags, c.name AS company,
           ranked."appliedOn", ranked."salaryRange", ranked.total,
           (SELECT min(f."dueAt") FROM "FollowUp" f
             WHERE f."applicationId" = ranked.id AND f."userId" = ${userId} AND f.status IN ('pending', 'snoozed')) AS "nextFollowUpAt",
           COALESCE(
             (SELECT max(a."occurredAt") FROM "Activity" a
               WHERE a."applicationId" = ranked.id AND a."userId" = ${userId} AND a.kind IN ('status_changed', 'rejection_logged')),
             ranked."appliedOn"::timestamp AT TIME ZONE 'UTC',
             ranked."createdAt") AS "inStageSince"
    FROM (
      SELECT id, role, status, tags, "companyId", "appliedOn", "salaryRange", "createdAt",
             row_number() OVER (PARTITION BY status ORDER BY "lastActivityAt" DESC, id DESC) AS rank,
             count(*) OVER (PARTITION BY status) AS total
      FROM "Application"
      WHERE "userId" = ${userId} AND "deletedAt" IS NULL
    ) ranked
    JOIN "Company" c ON c.id = ranked."companyId" AND c."userId" = ${userId}
    WHERE ranked.rank <= ${BOARD_COLUMN_LIMIT}
    ORDER BY ranked.rank`;
  return APPLICATION_STATUSES.map((status) => {
    const cards = rows.filter((row) => row.status === status);
    return {
      status,
      total: Number(cards[0]?.total ?? 0),
      cards: cards.map(({ id, role, company, tags, appliedOn, salaryRange, nextFollowUpAt, inStageSince }) => ({
        id,
        role,
        status,
        company,
        tags,
        appliedOn,
        salaryRange,
        nextFollowUpAt,
        inStageSince,
      })),
    };
  });
}
export type BoardColumn = Awaited<ReturnType<typeof listBoard>>[number];
export type BoardCard = BoardColumn["cards"][number];
