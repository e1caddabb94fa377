import { db } from "../../db";
import { env } from "../../env";
import { issueDeviceToken, verifyDeviceToken } from "../../auth/device-cookie";
import { timingSafeDummyVerify, verifyPassword } from "../../auth/password";
import { checkLoginThrottle, recordLoginAttempt } from "../../auth/throttle";
import { openSession } from "../sessions/sessions";

export type AuthenticationResult =
  | { ok: true; userId: string; email: string; sessionId: string; deviceToken: string }
  | { ok: false; reason: "invalid" }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

// Checks the throttle, the password, records the attempt and opens a session row. An unknown
// e-mail and a wrong password take the same path and the same time. A browser holding a device
// token for this e-mail is throttled on its own failures only (docs/decisions/0012); a successful
// sign-in returns the token the browser should keep (its own, or a new one).
export async function authenticateUser(input: {
  email: string;
  password: string;
  ip: string;
  deviceToken?: string | null;
  userAgent?: string | null;
}): Promise<AuthenticationResult> {
  const secret = env().AUTH_SECRET;
  const deviceId = verifyDeviceToken(input.deviceToken, input.email, secret);
  const client = { ip: input.ip, deviceId };
  const verdict = await checkLoginThrottle(input.email, client);
  if (!verdict.allowed) return { ok: false, reason: "throttled", retryAfterSeconds: verdict.retryAfterSeconds };

  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, email: true, passwordHash: true },
  });
  const valid = user
    ? await verifyPassword(user.passwordHash, input.password)
    : await timingSafeDummyVerify(input.password);
  await recordLoginAttempt(input.email, client, valid);
  if (!user || !valid) return { ok: false, reason: "invalid" };

  const sessionId = await openSession(user.id, input.userAgent);
  const deviceToken = deviceId ? input.deviceToken! : issueDeviceToken(user.email, secret);
  return { ok: true, userId: user.id, email: user.email, sessionId, deviceToken };
}
