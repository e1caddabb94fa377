import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

/**
 * OWASP's device cookie: a browser that has signed in to an account gets a signed token naming
 * that account and a random nonce. Later sign-ins from it are judged by its own failures, not by
 * the account-wide lock-out that strangers can trigger (docs/decisions/0012).
 */
export const DEVICE_COOKIE = "bridges-device";
export const DEVICE_COOKIE_MAX_AGE_SECONDS = 365 * 24 * 60 * 60;

function signature(secret: string, email: string, nonce: string): string {
  return createHmac("sha256", secret).update(`bridges device cookie\n${email}\n${nonce}`).digest("base64url");
}

export function issueDeviceToken(email: string, secret: string): string {
  const nonce = randomBytes(16).toString("base64url");
  return `${nonce}.${signature(secret, email, nonce)}`;
}

/** The token's nonce when it was issued by us for this e-mail; otherwise null. */
export function verifyDeviceToken(token: string | undefined | null, email: string, secret: string): string | null {
  const [nonce, mac, ...rest] = (token ?? "").split(".");
  if (!nonce || !mac || rest.length > 0 || nonce.length > 64) return null;
  const expected = Buffer.from(signature(secret, email, nonce));
  const given = Buffer.from(mac);
  return given.length === expected.length && timingSafeEqual(given, expected) ? nonce : null;
}
