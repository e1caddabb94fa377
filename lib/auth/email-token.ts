import { createHash, randomBytes } from "node:crypto";

/** Links sent by e-mail (password reset, sign-up) stay valid this long. */
export const EMAIL_LINK_TTL_MS = 60 * 60 * 1000;

/** Only this is stored: a leaked table holds no usable link. */
export function hashEmailToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** 256 random bits for the link, and the hash kept at rest. */
export function newEmailToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, tokenHash: hashEmailToken(token) };
}
