import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { checkLoginThrottle, LOGIN_WINDOW_MS, MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP } from "@/lib/auth/throttle";
import { AppError } from "@/lib/errors";
import { findOpenSession, revokeOtherSessions, revokeSession } from "@/lib/server/sessions/sessions";
import { authenticateUser } from "@/lib/server/users/authenticate-user";
import { signUpUser } from "@/lib/server/users/sign-up-user";
import { signUpSchema } from "@/lib/validation/auth";
import { createUser, DEFAULT_PASSWORD } from "../factories";
import { db } from "../support/db";

const uniqueEmail = (label: string) => `${label}-${crypto.randomUUID()}@example.test`;
const uniqueIp = () => `10.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;

describe("sign-up", () => {
  it("stores an argon2id hash, never the password", async () => {
    const email = uniqueEmail("hash");
    const input = signUpSchema.parse({ email, password: "a long enough password", timeZone: "America/New_York" });
    const user = await signUpUser(input);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, timeZone: true } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(row.passwordHash).not.toContain("a long enough password");
    expect(row.timeZone).toBe("America/New_York");
  });

  it("accepts a long unicode passphrase without truncating it", async () => {
    const passphrase = "ça-va 🌉 déjà vu — 長いパスフレーズ ".repeat(4); // > 64 characters
    const user = await signUpUser(signUpSchema.parse({ email: uniqueEmail("long"), password: passphrase }));
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(row.passwordHash, passphrase)).toBe(true);
    expect(await verifyPassword(row.passwordHash, passphrase.slice(0, 72))).toBe(false);
  });

  it("refuses a second account for the same e-mail, in any case, and creates nothing", async () => {
    const email = uniqueEmail("dup");
    await signUpUser(signUpSchema.parse({ email, password: DEFAULT_PASSWORD }));
    const again = signUpSchema.parse({ email: email.toUpperCase(), password: DEFAULT_PASSWORD });
    await expect(signUpUser(again)).rejects.toBeInstanceOf(AppError);
    expect(await db.user.count({ where: { email } })).toBe(1);
  });
});

describe("log in", () => {
  it("opens a session for the right password", async () => {
    const user = await createUser(db);
    const result = await authenticateUser({ email: user.email, password: DEFAULT_PASSWORD, ip: uniqueIp() });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(await findOpenSession(result.sessionId, user.id)).toMatchObject({ id: user.id, email: user.email, unreadNotifications: 0 });
  });

  it("gives the same answer for an unknown e-mail and a wrong password", async () => {
    const user = await createUser(db);
    const wrong = await authenticateUser({ email: user.email, password: "not the password", ip: uniqueIp() });
    const unknown = await authenticateUser({ email: uniqueEmail("nobody"), password: "whatever123", ip: uniqueIp() });
    expect(wrong).toEqual({ ok: false, reason: "invalid" });
    expect(unknown).toEqual(wrong);
  });

  it("refuses the 11th failure for one e-mail within 15 minutes, and says when to retry", async () => {
    const user = await createUser(db);
    for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL; attempt++) {
      const result = await authenticateUser({ email: user.email, password: `wrong-${attempt}`, ip: uniqueIp() });
      expect(result).toEqual({ ok: false, reason: "invalid" });
    }
    // Even the right password is refused while throttled.
    const eleventh = await authenticateUser({ email: user.email, password: DEFAULT_PASSWORD, ip: uniqueIp() });
    expect(eleventh.ok).toBe(false);
    expect(eleventh).toMatchObject({ reason: "throttled" });
    if (!eleventh.ok && eleventh.reason === "throttled") {
      expect(eleventh.retryAfterSeconds).toBeGreaterThan(0);
      expect(eleventh.retryAfterSeconds).toBeLessThanOrEqual(LOGIN_WINDOW_MS / 1000);
    }
  });

  it("limits one IP trying many e-mails", async () => {
    const ip = uniqueIp();
    for (let attempt = 0; attempt < MAX_FAILURES_PER_IP; attempt++) {
      await authenticateUser({ email: uniqueEmail(`spray${attempt}`), password: "wrong-password", ip });
    }
    const verdict = await checkLoginThrottle(uniqueEmail("fresh"), ip);
    expect(verdict.allowed).toBe(false);
    expect(await checkLoginThrottle(uniqueEmail("fresh"), uniqueIp())).toEqual({ allowed: true });
  });

  it("forgets failures older than the window", async () => {
    const email = uniqueEmail("old");
    const longAgo = new Date(Date.now() - LOGIN_WINDOW_MS - 60_000);
    await db.loginAttempt.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_EMAIL + 5 }, () => ({ email, ip: "10.0.0.1", success: false, createdAt: longAgo })),
    });
    expect(await checkLoginThrottle(email, uniqueIp())).toEqual({ allowed: true });
  });
});

describe("sessions", () => {
  it("ends one session on log out and every other one on password change", async () => {
    const user = await createUser(db);
    const open = async () => {
      const result = await authenticateUser({ email: user.email, password: DEFAULT_PASSWORD, ip: uniqueIp() });
      if (!result.ok) throw new Error("login failed");
      return result.sessionId;
    };
    const [laptop, phone, tablet] = [await open(), await open(), await open()];
    await revokeSession(user.id, laptop);
    expect(await findOpenSession(laptop, user.id)).toBeNull();
    expect(await findOpenSession(phone, user.id)).not.toBeNull();

    await revokeOtherSessions(user.id, phone);
    expect(await findOpenSession(tablet, user.id)).toBeNull();
    expect(await findOpenSession(phone, user.id)).not.toBeNull();
  });

  it("never lets one user's session id stand for another user", async () => {
    const [alice, bob] = [await createUser(db), await createUser(db)];
    const result = await authenticateUser({ email: alice.email, password: DEFAULT_PASSWORD, ip: uniqueIp() });
    if (!result.ok) throw new Error("login failed");
    expect(await findOpenSession(result.sessionId, bob.id)).toBeNull();
    // And Bob cannot revoke Alice's session.
    await revokeSession(bob.id, result.sessionId);
    expect(await findOpenSession(result.sessionId, alice.id)).not.toBeNull();
  });
});
