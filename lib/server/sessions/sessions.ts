import { db, type Tx } from "../../db";
import { truncate } from "../../text";

export type SessionUser = { id: string; email: string; name: string | null; timeZone: string };

// The one query every signed-in request pays: is this session still open, whose is it, and how
// many unread notifications wait in the header's badge (asked here rather than by a second query
// on every page). Raw SQL because it runs on every request: one join, and a third of the CPU of
// the equivalent findFirst with a relation select (bench/RESULTS.md, optimisations).
export async function findOpenSession(sessionId: string, userId: string): Promise<(SessionUser & { unreadNotifications: number }) | null> {
  const rows = await db.$queryRaw<(SessionUser & { unreadNotifications: number })[]>`
    SELECT u.id, u.email, u.name, u."timeZone",
      (SELECT count(*)::int FROM "Notification" n WHERE n."userId" = u.id AND n."readAt" IS NULL) AS "unreadNotifications"
    FROM "AuthSession" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${sessionId} AND s."userId" = ${userId} AND s."revokedAt" IS NULL`;
  return rows[0] ?? null;
}

/** A new signed-in browser: the row its JWT will name. */
export async function openSession(userId: string, userAgent: string | null | undefined): Promise<string> {
  const session = await db.authSession.create({ data: { userId, userAgent: userAgent ? truncate(userAgent, 300) : null }, select: { id: true } });
  return session.id;
}

export async function revokeSession(userId: string, sessionId: string) {
  await db.authSession.updateMany({ where: { id: sessionId, userId, revokedAt: null }, data: { revokedAt: new Date() } });
}

export async function revokeOtherSessions(userId: string, keepSessionId: string | null, tx: Tx = db) {
  await tx.authSession.updateMany({
    where: { userId, revokedAt: null, ...(keepSessionId ? { id: { not: keepSessionId } } : {}) },
    data: { revokedAt: new Date() },
  });
}
