import { db } from "../../db";
import { notFound } from "../../errors";

/** Revokes one of the user's tokens at once; revoking it again keeps the first moment. */
export async function revokeApiToken(userId: string, tokenId: string, now = new Date()) {
  const token = await db.apiToken.findFirst({ where: { id: tokenId, userId }, select: { id: true } });
  if (!token) throw notFound("Token");
  await db.apiToken.updateMany({ where: { id: token.id, userId, revokedAt: null }, data: { revokedAt: now } });
}
