import { db } from "../db";

// Limits are counted from rows in PostgreSQL (LoginAttempt, AuthRequest) so that they hold across
// every instance. The worker deletes rows older than RETENTION_DAYS (lib/jobs/purge-auth-records.ts).
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
/** Failures per e-mail from clients that never signed in to it (the lock-out strangers can cause). */
export const MAX_FAILURES_PER_EMAIL = 10;
/** Failures per address from clients without a device cookie, across every e-mail. */
export const MAX_FAILURES_PER_IP = 30;
/** Failures from one trusted device: they lock that browser only, never the account. */
export const MAX_FAILURES_PER_DEVICE = 10;
export const RETENTION_DAYS = 30;

/** Who is signing in: the client's address, and the nonce of its device cookie when it holds a valid one. */
export type LoginClient = { ip: string; deviceId: string | null };

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Seconds until the oldest of `limit` counted events leaves the window; 0 when under the limit. */
function retryAfter(events: { createdAt: Date }[], limit: number, windowMs: number, now: Date): number {
  if (events.length < limit) return 0;
  return Math.max(1, Math.ceil((events[limit - 1]!.createdAt.getTime() + windowMs - now.getTime()) / 1000));
}

function verdictOf(wait: number): ThrottleVerdict {
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
}

const newestFirst = { select: { createdAt: true }, orderBy: { createdAt: "desc" } } as const;

export async function checkLoginThrottle(email: string, client: LoginClient, now = new Date()): Promise<ThrottleVerdict> {
  const since = { gt: new Date(now.getTime() - LOGIN_WINDOW_MS) };
  if (client.deviceId) {
    const byDevice = await db.loginAttempt.findMany({
      where: { email, deviceId: client.deviceId, success: false, createdAt: since },
      ...newestFirst,
      take: MAX_FAILURES_PER_DEVICE,
    });
    return verdictOf(retryAfter(byDevice, MAX_FAILURES_PER_DEVICE, LOGIN_WINDOW_MS, now));
  }
  const [byEmail, byIp] = await Promise.all([
    db.loginAttempt.findMany({ where: { email, deviceId: null, success: false, createdAt: since }, ...newestFirst, take: MAX_FAILURES_PER_EMAIL }),
    db.loginAttempt.findMany({ where: { ip: client.ip, deviceId: null, success: false, createdAt: since }, ...newestFirst, take: MAX_FAILURES_PER_IP }),
  ]);
  return verdictOf(Math.max(retryAfter(byEmail, MAX_FAILURES_PER_EMAIL, LOGIN_WINDOW_MS, now), retryAfter(byIp, MAX_FAILURES_PER_IP, LOGIN_WINDOW_MS, now)));
}

export async function recordLoginAttempt(email: string, client: LoginClient, success: boolean) {
  await db.loginAttempt.create({ data: { email, ip: client.ip, deviceId: client.deviceId, success } });
}

/** Requests limited per client address: how many in what window. */
export const REQUEST_LIMITS = {
  "sign-up": { perIp: 10, perEmail: 3, windowMs: 60 * 60 * 1000 },
  "password-reset": { perIp: 10, perEmail: 3, windowMs: 60 * 60 * 1000 },
} as const;
export type RequestKind = keyof typeof REQUEST_LIMITS;

/**
 * Records a sign-up or reset request and says whether this address may make it, and whether an
 * e-mail may go to that address (a few per hour: nobody can use us to flood an inbox). The second
 * answer is never shown, so it tells nothing about which addresses have accounts.
 */
export async function admitRequest(kind: RequestKind, ip: string, email: string, now = new Date()): Promise<ThrottleVerdict & { mayEmail: boolean }> {
  const limit = REQUEST_LIMITS[kind];
  const since = { gt: new Date(now.getTime() - limit.windowMs) };
  const [byIp, byEmail] = await Promise.all([
    db.authRequest.findMany({ where: { kind, ip, createdAt: since }, ...newestFirst, take: limit.perIp }),
    db.authRequest.count({ where: { kind, email, createdAt: since } }),
  ]);
  const verdict = verdictOf(retryAfter(byIp, limit.perIp, limit.windowMs, now));
  if (!verdict.allowed) return { ...verdict, mayEmail: false };
  await db.authRequest.create({ data: { kind, ip, email } });
  return { ...verdict, mayEmail: byEmail < limit.perEmail };
}

export function describeRetry(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "in a minute" : `in ${minutes} minutes`;
}
