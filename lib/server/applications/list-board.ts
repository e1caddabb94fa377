import { db } from "../../db";
import { APPLICATION_STATUSES, type ApplicationStatus } from "../../validation/application";

/** Cards shown per column; the rest are one click away in the filtered list. */
export const BOARD_COLUMN_LIMIT = 50;

type BoardRow = { id: string; role: string; status: ApplicationStatus; tags: string[]; company: string; total: bigint };

/**
 * The board: each status with its count and its most recently active cards. One statement,
 * however many applications there are (a window per status ranks and counts in one pass).
 */
export async function listBoard(userId: string) {
  const rows = await db.$queryRaw<BoardRow[]>`
    SELECT ranked.id, ranked.role, ranked.status::text AS status, ranked.tags, c.name AS company, ranked.total
    FROM (
      SELECT id, role, status, tags, "companyId",
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
      cards: cards.map(({ id, role, company, tags }) => ({ id, role, status, company, tags })),
    };
  });
}
export type BoardColumn = Awaited<ReturnType<typeof listBoard>>[number];
export type BoardCard = BoardColumn["cards"][number];
