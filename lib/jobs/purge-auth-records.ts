import type { Db } from "../db";
import { RETENTION_DAYS } from "../auth/throttle";

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Deletes what the throttles and e-mailed links leave behind: sign-in attempts and sign-up / reset
 * requests (e-mail addresses and client addresses) after RETENTION_DAYS, and links once they
 * have expired (a pending sign-up holds a password hash). Run by the worker every hour.
 */
export async function purgeAuthRecords(client: Db, now = new Date()) {
  const before = new Date(now.getTime() - RETENTION_DAYS * DAY_MS);
  const [attempts, requests, resets, signUps] = await client.$transaction([
    client.loginAttempt.deleteMany({ where: { createdAt: { lt: before } } }),
    client.authRequest.deleteMany({ where: { createdAt: { lt: before } } }),
    client.passwordReset.deleteMany({ where: { expiresAt: { lt: now } } }),
    client.pendingSignUp.deleteMany({ where: { expiresAt: { lt: now } } }),
  ]);
  return { attempts: attempts.count, requests: requests.count, links: resets.count + signUps.count };
}
