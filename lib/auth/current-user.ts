import "server-only";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "../errors";
import { findOpenSession, type SessionCounts, type SessionUser } from "../server/sessions/sessions";
import { readSessionToken } from "./session-cookie";

/**
 * The signed-in session of this request, once per request however many components ask.
 * Reads the Auth.js cookie directly rather than through `auth()`: pages only need to know whose
 * session it is and that it is still open (one indexed query), not Auth.js's full round of
 * callbacks and re-encoding, which costs more CPU than the page itself (docs/decisions/0002).
 */
export const getCurrentSession = cache(async (): Promise<({ sessionId: string; user: SessionUser } & SessionCounts) | null> => {
  const store = await cookies();
  const token = await readSessionToken((name) => store.get(name)?.value);
  if (!token) return null;
  const found = await findOpenSession(token.sid, token.uid);
  if (!found) return null;
  const { id, email, name, timeZone, unreadNotifications, openProposals } = found;
  return { sessionId: token.sid, user: { id, email, name, timeZone }, unreadNotifications, openProposals };
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
