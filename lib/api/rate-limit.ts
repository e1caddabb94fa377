import { db } from "../db";

// Requests per token per minute. Counted in Postgres (one upsert per request) so the limit holds
// across every web instance, the way the login throttle does (docs/decisions/0016).
export const API_RATE_LIMIT = 120;
export const API_RATE_WINDOW_MS = 60_000;

export type RateVerdict = { allowed: boolean; limit: number; remaining: number; resetSeconds: number };

export async function countApiRequest(tokenId: string, now = new Date()): Promise<RateVerdict> {
  const windowStart = new Date(Math.floor(now.getTime() / API_RATE_WINDOW_MS) * API_RATE_WINDOW_MS);
  const [row] = await db.$queryRaw<{ count: number }[]>`
    INSERT INTO "ApiRateWindow" ("tokenId", "windowStart", "count") VALUES (${tokenId}, ${windowStart}, 1)
    ON CONFLICT ("tokenId", "windowStart") DO UPDATE SET "count" = "ApiRateWindow"."count" + 1
    RETURNING "count"`;
  const count = row?.count ?? 1;
  // The first request of a window clears the token's past windows: the table stays one row per token.
  if (count === 1) await db.apiRateWindow.deleteMany({ where: { tokenId, windowStart: { lt: windowStart } } });
  const resetSeconds = Math.max(1, Math.ceil((windowStart.getTime() + API_RATE_WINDOW_MS - now.getTime()) / 1000));
  return { allowed: count <= API_RATE_LIMIT, limit: API_RATE_LIMIT, remaining: Math.max(0, API_RATE_LIMIT - count), resetSeconds };
}
