import { Prisma } from "@prisma/client";
import { db } from "../../db";
import { PLAN_ORIGINS } from "../follow-up-plans/accept-follow-up-plan";
import { notAboutTrashedContact } from "../contacts/trash";

export type UnfinishedRejection = {
  id: string;
  applicationId: string;
  role: string;
  companyName: string;
  receivedOn: Date;
  lettersToWrite: number;
  planAccepted: boolean;
};

/**
 * Rejections left half-way — letters still drafts, or the plan not accepted (no follow-up of
 * origin rejection_plan / cadence yet) — the latest first, with how many there are in all.
 * Raw SQL, like the dashboard's other cards (bench/RESULTS.md).
 */
export async function listUnfinishedRejections(userId: string, limit = 5): Promise<{ rejections: UnfinishedRejection[]; total: number }> {
  const rows = await db.$queryRaw<(UnfinishedRejection & { total: number })[]>`
    SELECT *, count(*) OVER ()::int AS total FROM (
      SELECT r.id, r."applicationId", a.role, co.name AS "companyName", r."receivedOn",
        (SELECT count(*)::int FROM "Letter" l WHERE l."rejectionId" = r.id AND l."userId" = ${userId} AND l.status = 'draft' AND ${notAboutTrashedContact("l")}) AS "lettersToWrite",
        EXISTS (
          SELECT 1 FROM "FollowUp" f WHERE f."rejectionId" = r.id AND f."userId" = ${userId} AND f.origin::text IN (${Prisma.join(PLAN_ORIGINS)})
        ) AS "planAccepted"
      FROM "Rejection" r
      JOIN "Application" a ON a.id = r."applicationId" AND a."userId" = ${userId} AND a."deletedAt" IS NULL
      JOIN "Company" co ON co.id = a."companyId"
      WHERE r."userId" = ${userId}
    ) standing
    WHERE "lettersToWrite" > 0 OR NOT "planAccepted"
    ORDER BY "receivedOn" DESC, id ASC
    LIMIT ${limit}`;
  return { rejections: rows, total: rows[0]?.total ?? 0 };
}
