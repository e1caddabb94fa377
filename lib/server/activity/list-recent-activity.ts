import type { ActivityKind } from "@prisma/client";
import { db } from "../../db";
import { LINKED_RECORD_COLUMNS, linkedRecordJoins, withLinkedRecords, type LinkedRecordColumns, type LinkedRecords } from "../raw-sql";
import { notAboutTrashedContact } from "../contacts/trash";

export type RecentActivity = LinkedRecords & { id: string; kind: ActivityKind; summary: string; occurredAt: Date };

/**
 * The user's latest timeline entries across applications and contacts, newest first; entries of
 * applications and contacts in the trash are left out. Raw SQL for the dashboard, where Prisma compiling the
 * query cost more CPU than running it (bench/RESULTS.md).
 */
export async function listRecentActivity(userId: string, limit = 10): Promise<RecentActivity[]> {
  const rows = await db.$queryRaw<(Omit<RecentActivity, keyof LinkedRecords> & LinkedRecordColumns)[]>`
    SELECT e.id, e.kind::text AS kind, e.summary, e."occurredAt", ${LINKED_RECORD_COLUMNS}
    FROM (
      SELECT e.* FROM "Activity" e
      WHERE e."userId" = ${userId}
        AND (e."applicationId" IS NULL OR EXISTS (SELECT 1 FROM "Application" live WHERE live.id = e."applicationId" AND live."deletedAt" IS NULL))
        AND ${notAboutTrashedContact("e")}
        -- An interview is written once on the application and once on each interviewer's own
        -- timeline; the feed shows it once.
        AND NOT (e.kind = 'interview_added' AND e."applicationId" IS NULL AND e."contactId" IS NOT NULL)
      ORDER BY e."occurredAt" DESC, e.id DESC LIMIT ${Math.min(Math.max(limit, 1), 100)}
    ) e
    ${linkedRecordJoins("e")}
    ORDER BY e."occurredAt" DESC, e.id DESC`;
  return rows.map(withLinkedRecords);
}
