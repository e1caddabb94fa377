import { db } from "../../db";

/** The user's latest timeline entries across applications and contacts, newest first. */
export function listRecentActivity(userId: string, limit = 10) {
  return db.activity.findMany({
    where: { userId, OR: [{ applicationId: null }, { application: { deletedAt: null } }] },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: Math.min(Math.max(limit, 1), 100),
    select: {
      id: true,
      kind: true,
      summary: true,
      occurredAt: true,
      application: { select: { id: true, role: true, company: { select: { id: true, name: true } } } },
      contact: { select: { id: true, name: true } },
    },
  });
}
export type RecentActivity = Awaited<ReturnType<typeof listRecentActivity>>[number];
