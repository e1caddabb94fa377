import { createHash, randomUUID } from "node:crypto";
import { Prisma } from "@prisma/client";
import { db } from "../db";
import { ProblemError } from "./problem";

// A POST with an Idempotency-Key runs once per user and key; every retry gets the first
// response back. Keys are kept a day, long enough for any client's retries.
export const IDEMPOTENCY_TTL_MS = 24 * 60 * 60 * 1000;
const KEY_PATTERN = /^[\x21-\x7e]{1,255}$/;

export type StoredResponse = { status: number; body: unknown };

export function requestFingerprint(method: string, path: string, body: string): string {
  return createHash("sha256").update(`${method} ${path}\n${body}`).digest("hex");
}

export function validIdempotencyKey(key: string): boolean {
  return KEY_PATTERN.test(key);
}

/**
 * Runs `run` unless this user already sent this key: then the stored response is returned
 * (`replayed`). A first request still running answers 409; the key reused for a different request
 * answers 422. A response that is a server error is not kept, so the retry runs again.
 */
export async function withIdempotency(
  userId: string,
  key: string,
  fingerprint: string,
  run: () => Promise<StoredResponse>,
  now = new Date(),
): Promise<StoredResponse & { replayed: boolean }> {
  await db.apiIdempotencyKey.deleteMany({ where: { userId, key, createdAt: { lt: new Date(now.getTime() - IDEMPOTENCY_TTL_MS) } } });
  const claimed = await db.$queryRaw<{ id: string }[]>`
    INSERT INTO "ApiIdempotencyKey" ("id", "userId", "key", "fingerprint", "createdAt")
    VALUES (${randomUUID()}, ${userId}, ${key}, ${fingerprint}, ${now})
    ON CONFLICT ("userId", "key") DO NOTHING
    RETURNING "id"`;
  const id = claimed[0]?.id;
  if (!id) {
    const first = await db.apiIdempotencyKey.findFirst({ where: { userId, key }, select: { fingerprint: true, status: true, body: true } });
    if (!first) throw new ProblemError({ status: 409, title: "Conflict", detail: "A request with this Idempotency-Key has just finished; retry it." });
    if (first.fingerprint !== fingerprint) {
      throw new ProblemError({ status: 422, title: "Unprocessable Content", detail: "This Idempotency-Key was already used for a different request." });
    }
    if (first.status === null) {
      throw new ProblemError({ status: 409, title: "Conflict", detail: "A request with this Idempotency-Key is still being processed.", headers: { "Retry-After": "1" } });
    }
    return { status: first.status, body: first.body, replayed: true };
  }
  let response: StoredResponse;
  try {
    response = await run();
  } catch (error) {
    await db.apiIdempotencyKey.deleteMany({ where: { id } });
    throw error;
  }
  if (response.status >= 500) {
    await db.apiIdempotencyKey.deleteMany({ where: { id } });
  } else {
    await db.apiIdempotencyKey.updateMany({ where: { id, userId }, data: { status: response.status, body: (response.body ?? Prisma.JsonNull) as Prisma.InputJsonValue } });
  }
  return { ...response, replayed: false };
}
