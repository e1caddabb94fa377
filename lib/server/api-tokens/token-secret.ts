import { createHash, randomBytes } from "node:crypto";

// A recognisable prefix lets secret scanners (and people) tell a Bridges token on sight.
export const TOKEN_PREFIX = "brg_";
const SHOWN_PREFIX_LENGTH = TOKEN_PREFIX.length + 6;

/** A new secret: 256 random bits, base64url, behind the prefix. */
export function newTokenSecret(): string {
  return TOKEN_PREFIX + randomBytes(32).toString("base64url");
}

/** What is stored: a plain SHA-256 suffices, the secret has 256 bits of entropy (nothing to brute-force). */
export function hashTokenSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

export function shownPrefix(secret: string): string {
  return secret.slice(0, SHOWN_PREFIX_LENGTH);
}

/** The shape of a secret newTokenSecret makes; anything else is refused without a query. */
export function looksLikeTokenSecret(value: string): boolean {
  return /^brg_[A-Za-z0-9_-]{43}$/.test(value);
}
