import { db } from "../../db";
import { startOfLocalDay } from "../../schedule/zoned";
import { atMoment, LINKED_RECORD_COLUMNS, linkedRecordJoins, withLinkedRecords, type LinkedRecordColumns, type LinkedRecords } from "../raw-sql";
import { OPEN_STATUSES } from "./shared";
import { notAboutTrashedContact } from "../contacts/trash";

export type DueFollowUp = LinkedRecords & { id: string; title: string; dueAt: Date };

type Row = Omit<DueFollowUp, keyof LinkedRecords> & LinkedRecordColumns & { total: number };

/**
 * For the dashboard: the `limit` soonest open follow-ups that are overdue or due today (local
 * day), and how many there are in all. Raw SQL so that only the rows shown are joined to their
 * contact and application (bench/RESULTS.md).
 */
export async function listDueFollowUps(
  userId: string,
  { now = new Date(), timeZone, limit = 100 }: { now?: Date; timeZone: string; limit?: number },
) {
  const endOfToday = startOfLocalDay(now, timeZone, 1);
  const open = [...OPEN_STATUSES];
  const before = atMoment(endOfToday);
  // The page is taken per status (each an ordered walk of an index) and merged: a heavy user has
  // hundreds due, and sorting all of them to keep eight scanned the table. The total is counted
  // from the (userId, status, dueAt) index alone.
  const rows = await db.$queryRaw<Row[]>`
    WITH page AS (
      SELECT f.* FROM unnest(${open}::"FollowUpStatus"[]) AS s(status)
      CROSS JOIN LATERAL (
        SELECT id, title, "dueAt", "contactId", "applicationId" FROM "FollowUp"
        WHERE "userId" = ${userId} AND status = s.status AND "dueAt" < ${before} AND ${notAboutTrashedContact('"FollowUp"')}
        ORDER BY "dueAt", id LIMIT ${limit}
      ) f
      ORDER BY f."dueAt", f.id LIMIT ${limit}
    )
    SELECT d.id, d.title, d."dueAt", ${LINKED_RECORD_COLUMNS},
      (SELECT count(*)::int FROM "FollowUp"
        WHERE "userId" = ${userId} AND status = ANY(${open}::"FollowUpStatus"[]) AND "dueAt" < ${before}
          AND ${notAboutTrashedContact('"FollowUp"')}) AS total
    FROM page d
    ${linkedRecordJoins("d")}
    ORDER BY d."dueAt", d.id`;
  const items: DueFollowUp[] = rows.map(withLinkedRecords);
  const startOfToday = startOfLocalDay(now, timeZone);
  return {
    overdue: items.filter((item) => item.dueAt < startOfToday),
    today: items.filter((item) => item.dueAt >= startOfToday),
    total: rows[0]?.total ?? 0,
  };
}
