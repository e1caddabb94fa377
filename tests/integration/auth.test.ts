import { describe, expect, it } from "vitest";
import { checkLoginThrottle, LOGIN_WINDOW_MS, MAX_FAILURES_PER_DEVICE, MAX_FAILURES_PER_EMAIL, MAX_FAILURES_PER_IP } from "@/lib/auth/throttle";
import { findOpenSession, revokeOtherSessions, revokeSession } from "@/lib/server/sessions/sessions";
import { authenticateUser } from "@/lib/server/users/authenticate-user";
import { createUser, DEFAULT_PASSWORD } from "../factories";
import { db } from "../support/db";

const uniqueEmail = (label: string) => `${label}-${crypto.randomUUID()}@example.test`;
const uniqueIp = () => `10.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;

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
    const verdict = await checkLoginThrottle(uniqueEmail("fresh"), { ip, deviceId: null });
    expect(verdict.allowed).toBe(false);
    expect(await checkLoginThrottle(uniqueEmail("fresh"), { ip: uniqueIp(), deviceId: null })).toEqual({ allowed: true });
  });

  it("forgets failures older than the window", async () => {
    const email = uniqueEmail("old");
    const longAgo = new Date(Date.now() - LOGIN_WINDOW_MS - 60_000);
    await db.loginAttempt.createMany({
      data: Array.from({ length: MAX_FAILURES_PER_EMAIL + 5 }, () => ({ email, ip: "10.0.0.1", success: false, createdAt: longAgo })),
    });
    expect(await checkLoginThrottle(email, { ip: uniqueIp(), deviceId: null })).toEqual({ allowed: true });
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

describe("lock-out that strangers cannot turn against the owner", () => {
  const signInOnce = async (email: string, password: string, deviceToken?: string) =>
    authenticateUser({ email, password, ip: uniqueIp(), deviceToken });

  it("lets a browser that signed in before in with the right password while strangers are locked out", async () => {
    const user = await createUser(db);
    const first = await signInOnce(user.email, DEFAULT_PASSWORD);
    if (!first.ok) throw new Error("login failed");
    // Strangers, from rotating addresses, spend the account's allowance of failures.
    for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL; attempt++) await signInOnce(user.email, `wrong-${attempt}`);
    expect(await signInOnce(user.email, DEFAULT_PASSWORD)).toMatchObject({ ok: false, reason: "throttled" });

    const owner = await signInOnce(user.email, DEFAULT_PASSWORD, first.deviceToken);
    expect(owner).toMatchObject({ ok: true, deviceToken: first.deviceToken });
  });

  it("counts a trusted browser's failures against that browser only", async () => {
    const user = await createUser(db);
    const first = await signInOnce(user.email, DEFAULT_PASSWORD);
    if (!first.ok) throw new Error("login failed");
    for (let attempt = 0; attempt < MAX_FAILURES_PER_DEVICE; attempt++) await signInOnce(user.email, `wrong-${attempt}`, first.deviceToken);
    expect(await signInOnce(user.email, DEFAULT_PASSWORD, first.deviceToken)).toMatchObject({ ok: false, reason: "throttled" });
    // The account is not locked for anyone else.
    expect((await signInOnce(user.email, DEFAULT_PASSWORD)).ok).toBe(true);
  });

  it("does not trust a device cookie issued for another account, or a forged one", async () => {
    const [alice, mallory] = [await createUser(db), await createUser(db)];
    const mallorys = await signInOnce(mallory.email, DEFAULT_PASSWORD);
    if (!mallorys.ok) throw new Error("login failed");
    for (let attempt = 0; attempt < MAX_FAILURES_PER_EMAIL; attempt++) await signInOnce(alice.email, `wrong-${attempt}`);
    for (const token of [mallorys.deviceToken, "forged.token"]) {
      expect(await signInOnce(alice.email, DEFAULT_PASSWORD, token)).toMatchObject({ ok: false, reason: "throttled" });
    }
  });
});
