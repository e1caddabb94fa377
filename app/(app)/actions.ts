"use server";

import { signOut } from "@/lib/auth/auth";
import { getCurrentSession } from "@/lib/auth/current-user";
import { revokeSession } from "@/lib/server/sessions/sessions";

export async function logOutAction() {
  const session = await getCurrentSession();
  // Revoke the row first: the cookie may have been copied, and must die everywhere.
  if (session) await revokeSession(session.user.id, session.sessionId);
  await signOut({ redirectTo: "/login" });
}
