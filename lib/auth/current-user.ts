import "server-only";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { env } from "../env";
import { AppError } from "../errors";
import { findOpenSession, type SessionCounts, type SessionUser } from "../server/sessions/sessions";

// Auth.js names the cookie with a __Secure- prefix under HTTPS; the name is also the JWE salt.
const SESSION_COOKIES = ["__Secure-authjs.session-token", "authjs.session-token"] as const;

type SessionToken = { sid: string; uid: string; expiresAt: number };

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

async function readSessionToken(): Promise<SessionToken | null> {
  const store = await cookies();
  for (const name of SESSION_COOKIES) {
    const value = store.get(name)?.value;
    if (value) return decryptSessionCookie(name, value);
  }
  return null;
}

/**
 * The signed-in session of this request, once per request however many components ask.
 * Reads the Auth.js cookie directly rather than through `auth()`: pages only need to know whose
 * session it is and that it is still open (one indexed query), not Auth.js's full round of
 * callbacks and re-encoding, which costs more CPU than the page itself (docs/decisions/0002).
 */
export const getCurrentSession = cache(async (): Promise<({ sessionId: string; user: SessionUser } & SessionCounts) | null> => {
  const token = await readSessionToken();
  if (!token) return null;
  const found = await findOpenSession(token.sid, token.uid);
  if (!found) return null;
  const { unreadNotifications, openProposals, ...user } = found;
  return { sessionId: token.sid, user, unreadNotifications, openProposals };
});

export async function getCurrentUser(): Promise<SessionUser | null> {
  return (await getCurrentSession())?.user ?? null;
}

/** For pages: the signed-in user, or a redirect to the login page. */
export async function requireUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/login");
  return user;
}

/** For server actions and route handlers: the signed-in user, or an UNAUTHORIZED error. */
export async function requireActionUser(): Promise<SessionUser> {
  const user = await getCurrentUser();
  if (!user) throw new AppError("UNAUTHORIZED", "Your session has ended. Log in again.");
  return user;
}
