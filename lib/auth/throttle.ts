import { db } from "../db";

// Limits are counted from the LoginAttempt table so that they hold across every instance.
export const LOGIN_WINDOW_MS = 15 * 60 * 1000;
export const MAX_FAILURES_PER_EMAIL = 10;
export const MAX_FAILURES_PER_IP = 30;

export type ThrottleVerdict = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export async function checkLoginThrottle(email: string, ip: string, now = new Date()): Promise<ThrottleVerdict> {
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS);
  const [byEmail, byIp] = await Promise.all([
    db.loginAttempt.findMany({
      where: { email, success: false, createdAt: { gt: since } },
      select: { createdAt: true },
      orderBy: { createdAt: "desc" },
      take: MAX_FAILURES_PER_EMAIL,
    }),
    db.loginAttempt.findMany({
      where: { ip, success: false, createdAt: { gt: since } },
      select: { createdAt: true },
      orderBy: { createdAt: "desc" },
      take: MAX_FAILURES_PER_IP,
    }),
  ]);
  const retryAfter = (attempts: { createdAt: Date }[], limit: number) => {
    if (attempts.length < limit) return 0;
    // The window reopens when the oldest of the counted failures leaves it.
    const oldestCounted = attempts[limit - 1]!.createdAt.getTime();
    return Math.max(1, Math.ceil((oldestCounted + LOGIN_WINDOW_MS - now.getTime()) / 1000));
  };
  const wait = Math.max(retryAfter(byEmail, MAX_FAILURES_PER_EMAIL), retryAfter(byIp, MAX_FAILURES_PER_IP));
  return wait > 0 ? { allowed: false, retryAfterSeconds: wait } : { allowed: true };
}

export async function recordLoginAttempt(email: string, ip: string, success: boolean) {
  await db.loginAttempt.create({ data: { email, ip, success } });
}

export function describeRetry(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? "in a minute" : `in ${minutes} minutes`;
}
