import type { ActivityKind } from "@prisma/client";
import { db } from "../../db";

export type RecentActivity = {
  id: string;
  kind: ActivityKind;
  summary: string;
  occurredAt: Date;
  application: { id: string; role: string; company: { id: string; name: string } } | null;
  contact: { id: string; name: string } | null;
};

type Row = Omit<RecentActivity, "application" | "contact"> & {
  applicationId: string | null;
  role: string | null;
  companyId: string | null;
  companyName: string | null;
  contactId: string | null;
  contactName: string | null;
};

/**
 * The user's latest timeline entries across applications and contacts, newest first; entries of
 * applications in the trash are left out. Raw SQL for the dashboard, where Prisma compiling the
 * query cost more CPU than running it (bench/RESULTS.md).
 */
export async function listRecentActivity(userId: string, limit = 10): Promise<RecentActivity[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT e.id, e.kind::text AS kind, e.summary, e."occurredAt",
      a.id AS "applicationId", a.role, co.id AS "companyId", co.name AS "companyName", ct.id AS "contactId", ct.name AS "contactName"
    FROM (
      SELECT e.* FROM "Activity" e
      WHERE e."userId" = ${userId}
        AND (e."applicationId" IS NULL OR EXISTS (SELECT 1 FROM "Application" live WHERE live.id = e."applicationId" AND live."deletedAt" IS NULL))
      ORDER BY e."occurredAt" DESC, e.id DESC LIMIT ${Math.min(Math.max(limit, 1), 100)}
    ) e
    LEFT JOIN "Application" a ON a.id = e."applicationId"
    LEFT JOIN "Company" co ON co.id = a."companyId"
    LEFT JOIN "Contact" ct ON ct.id = e."contactId"
    ORDER BY e."occurredAt" DESC, e.id DESC`;
  return rows.map(({ applicationId, role, companyId, companyName, contactId, contactName, ...entry }) => ({
    ...entry,
    application: applicationId ? { id: applicationId, role: role!, company: { id: companyId!, name: companyName! } } : null,
    contact: contactId ? { id: contactId, name: contactName! } : null,
  }));
}
