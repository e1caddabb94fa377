import { db } from "../../db";
import { timingSafeDummyVerify, verifyPassword } from "../../auth/password";
import { checkLoginThrottle, recordLoginAttempt } from "../../auth/throttle";
import { truncate } from "../../text";

export type AuthenticationResult =
  | { ok: true; userId: string; email: string; sessionId: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

// Checks the throttle, the password, records the attempt and opens a session row. An unknown
// e-mail and a wrong password take the same path and the same time.
export async function authenticateUser(
  input: { email: string; password: string; ip: string; userAgent?: string | null },
): Promise<AuthenticationResult> {
  const verdict = await checkLoginThrottle(input.email, input.ip);
  if (!verdict.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, passwordHash: true },
  });
  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await timingSafeDummyVerify(input.password);
  await recordLoginAttempt(input.email, input.ip, valid);
  if (!user || !valid) return { ok: false, reason: "invalid" };

  const session = await db.authSession.create({
    data: { userId: user.id, userAgent: input.userAgent ? truncate(input.userAgent, 300) : null },
    select: { id: true },
  });
  return { ok: true, userId: user.id, email: user.email, sessionId: session.id };
}
