import "server-only";
import { redirect } from "next/navigation";
import { cache } from "react";
import { AppError } from "../errors";
import type { SessionUser } from "../server/sessions/sessions";
import { auth } from "./auth";

// One session check per request, however many components ask.
export const getCurrentSession = cache(async () => {
  const session = await auth();
  return session?.user?.id ? session : null;
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
