import { Prisma } from "@prisma/client";
import { db } from "../../db";
import { startOfLocalDay } from "../../schedule/zoned";
import { OPEN_STATUSES } from "./shared";

export type DueFollowUp = {
  id: string;
  title: string;
  dueAt: Date;
  contact: { id: string; name: string } | null;
  application: { id: string; role: string; company: { name: string } } | null;
};

type Row = {
  id: string;
  title: string;
  dueAt: Date;
  contactId: string | null;
  contactName: string | null;
  applicationId: string | null;
  role: string | null;
  companyName: string | null;
  total: number;
};

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
  const before = Prisma.sql`(${endOfToday}::timestamptz AT TIME ZONE 'UTC')`;
  // The page is taken per status (each an ordered walk of an index) and merged: a heavy user has
  // hundreds due, and sorting all of them to keep eight scanned the table. The total is counted
  // from the (userId, status, dueAt) index alone.
  const rows = await db.$queryRaw<Row[]>`
    WITH page AS (
      SELECT f.* FROM unnest(${open}::"FollowUpStatus"[]) AS s(status)
      CROSS JOIN LATERAL (
        SELECT id, title, "dueAt", "contactId", "applicationId" FROM "FollowUp"
        WHERE "userId" = ${userId} AND status = s.status AND "dueAt" < ${before}
        ORDER BY "dueAt", id LIMIT ${limit}
      ) f
      ORDER BY f."dueAt", f.id LIMIT ${limit}
    )
    SELECT d.id, d.title, d."dueAt", ct.id AS "contactId", ct.name AS "contactName",
      a.id AS "applicationId", a.role, co.name AS "companyName",
      (SELECT count(*)::int FROM "FollowUp"
        WHERE "userId" = ${userId} AND status = ANY(${open}::"FollowUpStatus"[]) AND "dueAt" < ${before}) AS total
    FROM page d
    LEFT JOIN "Contact" ct ON ct.id = d."contactId"
    LEFT JOIN "Application" a ON a.id = d."applicationId"
    LEFT JOIN "Company" co ON co.id = a."companyId"
    ORDER BY d."dueAt", d.id`;
  const items: DueFollowUp[] = rows.map((row) => ({
    id: row.id,
    title: row.title,
    dueAt: row.dueAt,
    contact: row.contactId ? { id: row.contactId, name: row.contactName! } : null,
    application: row.applicationId ? { id: row.applicationId, role: row.role!, company: { name: row.companyName! } } : null,
  }));
  const startOfToday = startOfLocalDay(now, timeZone);
  return {
    overdue: items.filter((item) => item.dueAt < startOfToday),
    today: items.filter((item) => item.dueAt >= startOfToday),
    total: rows[0]?.total ?? 0,
  };
}
