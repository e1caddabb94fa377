import { decode } from "next-auth/jwt";
import { env } from "../env";

/** Auth.js's session cookie: with a __Secure- prefix under HTTPS. The name is also the JWE's salt. */
export function sessionCookieName(secure: boolean): string {
  return `${secure ? "__Secure-" : ""}authjs.session-token`;
}
const SESSION_COOKIES = [sessionCookieName(true), sessionCookieName(false)];

export type SessionToken = { sid: string; uid: string; expiresAt: number };

// Decrypting the JWE (key derivation + AES) was a measurable share of every page's CPU, and a
// browser sends the same cookie on every request: remember what each cookie decrypted to. Only
// cookies that decrypted are kept, expiry is still checked on each use, and whether the session
// is still open is asked of the database every time (findOpenSession), so revocation is unchanged.
const decryptedTokens = new Map<string, SessionToken>();
const MAX_REMEMBERED_TOKENS = 2_000;

async function decryptSessionCookie(name: string, value: string): Promise<SessionToken | null> {
  const key = `${name}=${value}`;
  const remembered = decryptedTokens.get(key);
  if (remembered) {
    if (remembered.expiresAt > Date.now()) return remembered;
    decryptedTokens.delete(key);
    return null;
  }
  try {
    // Decrypts and checks expiry; a tampered or foreign cookie throws.
    const token = await decode({ token: value, secret: env().AUTH_SECRET, salt: name });
    if (typeof token?.sid !== "string" || typeof token.uid !== "string" || typeof token.exp !== "number") return null;
    if (decryptedTokens.size >= MAX_REMEMBERED_TOKENS) decryptedTokens.delete(decryptedTokens.keys().next().value!);
    const session = { sid: token.sid, uid: token.uid, expiresAt: token.exp * 1000 };
    decryptedTokens.set(key, session);
    return session;
  } catch {
    return null;
  }
}

/**
 * The Auth.js session cookie's token, from whatever holds the request's cookies (Next's cookie
 * store in the app, the raw Cookie header in the page cache). Null when absent, foreign or expired.
 */
export async function readSessionToken(cookie: (name: string) => string | undefined): Promise<SessionToken | null> {
  for (const name of SESSION_COOKIES) {
    const value = cookie(name);
    if (value) return decryptSessionCookie(name, value);
  }
  return null;
}
