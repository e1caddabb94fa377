import { db } from "../../db";
import { APPLICATION_STATUSES, type ApplicationStatus } from "../../validation/application";

/** How many live applications sit in each status; every status is present, zero when empty. */
export async function countApplicationsByStatus(userId: string): Promise<Record<ApplicationStatus, number>> {
  const groups = await db.application.groupBy({
    by: ["status"],
    where: { userId, deletedAt: null },
    _count: { _all: true },
  });
  const counts = Object.fromEntries(APPLICATION_STATUSES.map((status) => [status, 0])) as Record<ApplicationStatus, number>;
  for (const group of groups) counts[group.status] = group._count._all;
  return counts;
}
