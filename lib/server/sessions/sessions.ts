import { db, type Tx } from "../../db";

export type SessionUser = { id: string; email: string; name: string | null; timeZone: string };

// The one query every signed-in request pays: is this session still open, and whose is it?
export async function findOpenSession(sessionId: string, userId: string): Promise<SessionUser | null> {
  const row = await db.authSession.findFirst({
    where: { id: sessionId, userId, revokedAt: null },
    select: { user: { select: { id: true, email: true, name: true, timeZone: true } } },
  });
  return row?.user ?? null;
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
