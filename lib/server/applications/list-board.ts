import { db } from "../../db";
import { APPLICATION_STATUSES, type ApplicationStatus } from "../../validation/application";
import { countApplicationsByStatus } from "./count-applications-by-status";

/** Cards shown per column; the rest are one click away in the filtered list. */
export const BOARD_COLUMN_LIMIT = 50;

/**
 * The board: for each status its count and most recently active cards. A fixed number of
 * queries (one per status plus one count), however many applications there are.
 */
export async function listBoard(userId: string) {
  const [counts, ...columns] = await Promise.all([
    countApplicationsByStatus(userId),
    ...APPLICATION_STATUSES.map((status) =>
      db.application.findMany({
        where: { userId, deletedAt: null, status },
        orderBy: [{ lastActivityAt: "desc" }, { id: "desc" }],
        take: BOARD_COLUMN_LIMIT,
        select: { id: true, role: true, status: true, tags: true, company: { select: { name: true } } },
      }),
    ),
  ]);
  return APPLICATION_STATUSES.map((status, index) => ({
    status,
    total: counts[status],
    cards: columns[index]!.map((card) => ({ id: card.id, role: card.role, status: card.status as ApplicationStatus, company: card.company.name, tags: card.tags })),
  }));
}
export type BoardColumn = Awaited<ReturnType<typeof listBoard>>[number];
export type BoardCard = BoardColumn["cards"][number];
