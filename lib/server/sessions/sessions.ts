import { db, type Tx } from "../../db";

export type SessionUser = { id: string; email: string; name: string | null; timeZone: string };

// The one query every signed-in request pays: is this session still open, and whose is it?
// Raw SQL because it runs on every request: one join, and a third of the CPU of the
// equivalent findFirst with a relation select (bench/RESULTS.md, optimisations).
export async function findOpenSession(sessionId: string, userId: string): Promise<SessionUser | null> {
  const rows = await db.$queryRaw<SessionUser[]>`
    SELECT u.id, u.email, u.name, u."timeZone"
    FROM "AuthSession" s JOIN "User" u ON u.id = s."userId"
    WHERE s.id = ${sessionId} AND s."userId" = ${userId} AND s."revokedAt" IS NULL`;
  return rows[0] ?? null;
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
