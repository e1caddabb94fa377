import { db, type Tx } from "../../db";
import { truncate } from "../../text";

export type SessionUser = { id: string; email: string; name: string | null; timeZone: string };
/** What the navigation's badges show: unread notifications, open inbox proposals. */
export type SessionCounts = { unreadNotifications: number; openProposals: number };
/** An open session: its user, the badges, and the user's data version (the page cache's key). */
export type OpenSession = SessionUser & SessionCounts & { dataVersion: number };

// The one query every signed-in request pays: is this session still open, whose is it, and what
// the navigation's badges count (asked here rather than by more queries on every page). Raw SQL because it runs on every request: one join, and a third of the CPU of
// the equivalent findFirst with a relation select (bench/RESULTS.md, optimisations).
export async function findOpenSession(sessionId: string, userId: string): Promise<OpenSession | null> {
  const rows = await db.$queryRaw<OpenSession[]>`
    SELECT u.id, u.email, u.name, u."timeZone", u."dataVersion",
      (SELECT count(*)::int FROM "Notification" n WHERE n."userId" = u.id AND n."readAt" IS NULL) AS "unreadNotifications",
      (SELECT count(*)::int FROM "InboxProposal" p WHERE p."userId" = u.id AND p.status = 'open') AS "openProposals"
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
