import { addDays } from "date-fns";
import { db } from "../../db";
import type { CreateApiTokenInput } from "../../validation/api-token";
import { hashTokenSecret, newTokenSecret, shownPrefix } from "./token-secret";

/** Creates a token and returns its secret: the only time it exists outside the caller's hands. */
export async function createApiToken(userId: string, input: CreateApiTokenInput, now = new Date()) {
  const secret = newTokenSecret();
  const token = await db.apiToken.create({
    data: {
      userId,
      name: input.name,
      tokenHash: hashTokenSecret(secret),
      prefix: shownPrefix(secret),
      expiresAt: input.expiresIn === null ? null : addDays(now, input.expiresIn),
    },
    select: { id: true, name: true },
  });
  return { ...token, secret };
}
