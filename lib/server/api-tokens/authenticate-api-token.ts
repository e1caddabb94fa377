import { db } from "../../db";
import { hashTokenSecret, looksLikeTokenSecret } from "./token-secret";

export type ApiCaller = { tokenId: string; user: { id: string; email: string; timeZone: string } };

// Last use is a hint for the token list, not an audit log: written at most once a minute.
const LAST_USED_RESOLUTION_MS = 60_000;

/** The user a bearer secret acts for, or null when it is unknown, revoked or expired. */
export async function authenticateApiToken(secret: string, now = new Date()): Promise<ApiCaller | null> {
  if (!looksLikeTokenSecret(secret)) return null;
  const token = await db.apiToken.findUnique({
    where: { tokenHash: hashTokenSecret(secret) },
    select: { id: true, revokedAt: true, expiresAt: true, lastUsedAt: true, user: { select: { id: true, email: true, timeZone: true } } },
  });
  if (!token || token.revokedAt || (token.expiresAt && token.expiresAt <= now)) return null;
  if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() >= LAST_USED_RESOLUTION_MS) {
    await db.apiToken.updateMany({ where: { id: token.id }, data: { lastUsedAt: now } });
  }
  return { tokenId: token.id, user: token.user };
}
