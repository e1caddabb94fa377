import { db } from "../../db";

/** The user's tokens, newest first; revoked ones stay listed so their last use can be read. */
export async function listApiTokens(userId: string) {
  return db.apiToken.findMany({
    where: { userId },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    select: { id: true, name: true, prefix: true, createdAt: true, expiresAt: true, lastUsedAt: true, revokedAt: true },
    take: 200,
  });
}
export type ApiTokenRow = Awaited<ReturnType<typeof listApiTokens>>[number];
