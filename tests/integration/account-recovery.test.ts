import type { ParsedMail } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashEmailToken } from "@/lib/auth/email-token";
import { verifyPassword } from "@/lib/auth/password";
import { REQUEST_LIMITS, RETENTION_DAYS } from "@/lib/auth/throttle";
import { purgeAuthRecords } from "@/lib/jobs/purge-auth-records";
import { requestPasswordReset } from "@/lib/server/password-resets/request-password-reset";
import { resetPassword } from "@/lib/server/password-resets/reset-password";
import { findOpenSession, openSession } from "@/lib/server/sessions/sessions";
import { confirmSignUp } from "@/lib/server/users/confirm-sign-up";
import { deleteAccount } from "@/lib/server/users/delete-account";
import { requestSignUp } from "@/lib/server/users/request-sign-up";
import { signUpSchema } from "@/lib/validation/auth";
import { createUser, DEFAULT_PASSWORD } from "../factories";
import { db } from "../support/db";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

const uniqueEmail = (label: string) => `${label}-${crypto.randomUUID()}@example.test`;
const uniqueIp = () => `10.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}.${Math.floor(Math.random() * 255)}`;
const NEW_PASSWORD = "a brand new passphrase for this test";

let sink: SmtpSink;
beforeAll(async () => {
  sink = await startSmtpSink();
  // Read by env() on first use, which comes after this (the database client is created lazily).
  process.env.SMTP_URL = sink.url;
});
afterAll(async () => {
  delete process.env.SMTP_URL;
  await sink.close();
});

async function mailTo(address: string): Promise<ParsedMail> {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const found = sink.messages.find((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === address);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no e-mail to ${address}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}
const linkIn = (mail: ParsedMail, path: string) => new URL(new RegExp(`https?://\\S+${path}\\?token=[\\w-]+`).exec(mail.text ?? "")![0]);

describe("sign-up by e-mailed link", () => {
  it("answers a taken address exactly like a new one, and tells the owner instead of creating anything", async () => {
    const owner = await createUser(db);
    const fresh = uniqueEmail("fresh");
    const forTaken = await requestSignUp(signUpSchema.parse({ email: owner.email.toUpperCase(), password: NEW_PASSWORD }), uniqueIp());
    const forNew = await requestSignUp(signUpSchema.parse({ email: fresh, password: NEW_PASSWORD }), uniqueIp());
    expect(forTaken).toEqual(forNew);

    expect((await mailTo(owner.email)).subject).toMatch(/tried to sign up/);
    expect(await db.pendingSignUp.count({ where: { email: owner.email } })).toBe(0);
    expect(await db.user.count({ where: { email: fresh } })).toBe(0);

    // The link creates the account with what was typed, once.
    const token = linkIn(await mailTo(fresh), "/signup/confirm").searchParams.get("token")!;
    const pending = await db.pendingSignUp.findFirstOrThrow({ where: { email: fresh } });
    expect(pending.tokenHash).toBe(hashEmailToken(token));
    expect(pending.passwordHash).toMatch(/^\$argon2id\$/);
    const user = await confirmSignUp(token);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { email: true, passwordHash: true } });
    expect(row.email).toBe(fresh);
    expect(await verifyPassword(row.passwordHash, NEW_PASSWORD)).toBe(true);
    await expect(confirmSignUp(token)).rejects.toMatchObject({ code: "INVALID" });
  });

  it("refuses an expired link", async () => {
    const email = uniqueEmail("late");
    await requestSignUp(signUpSchema.parse({ email, password: NEW_PASSWORD }), uniqueIp());
    const token = linkIn(await mailTo(email), "/signup/confirm").searchParams.get("token")!;
    await db.pendingSignUp.updateMany({ where: { email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(confirmSignUp(token)).rejects.toMatchObject({ code: "INVALID" });
    expect(await db.user.count({ where: { email } })).toBe(0);
  });

  it("limits sign-ups per client address", async () => {
    const ip = uniqueIp();
    const { perIp } = REQUEST_LIMITS["sign-up"];
    for (let i = 0; i < perIp; i++) expect((await requestSignUp(signUpSchema.parse({ email: uniqueEmail("many"), password: NEW_PASSWORD }), ip)).allowed).toBe(true);
    expect(await requestSignUp(signUpSchema.parse({ email: uniqueEmail("many"), password: NEW_PASSWORD }), ip)).toMatchObject({ allowed: false });
    expect((await requestSignUp(signUpSchema.parse({ email: uniqueEmail("other"), password: NEW_PASSWORD }), uniqueIp())).allowed).toBe(true);
  });
});

describe("password reset", () => {
  it("answers the same for an unknown address and e-mails only a real one", async () => {
    const user = await createUser(db);
    const nobody = uniqueEmail("nobody");
    expect(await requestPasswordReset(nobody, uniqueIp())).toEqual(await requestPasswordReset(user.email, uniqueIp()));
    await mailTo(user.email);
    expect(await db.passwordReset.count({ where: { email: nobody } })).toBe(0);
    expect(sink.messages.some((mail) => mail.text?.includes(nobody))).toBe(false);
  });

  it("sets the password once from a link stored only as a hash, and ends every session", async () => {
    const user = await createUser(db);
    const [laptop, phone] = [await openSession(user.id, "laptop"), await openSession(user.id, "phone")];
    await requestPasswordReset(user.email, uniqueIp());
    const token = linkIn(await mailTo(user.email), "/reset-password").searchParams.get("token")!;
    const stored = await db.passwordReset.findFirstOrThrow({ where: { email: user.email } });
    expect(stored.tokenHash).toBe(hashEmailToken(token));
    expect(stored.tokenHash).not.toContain(token);
    expect(Math.abs(stored.expiresAt.getTime() - stored.createdAt.getTime() - 60 * 60 * 1000)).toBeLessThan(5_000);

    await resetPassword(token, NEW_PASSWORD);
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(row.passwordHash, NEW_PASSWORD)).toBe(true);
    expect(await verifyPassword(row.passwordHash, DEFAULT_PASSWORD)).toBe(false);
    expect(await findOpenSession(laptop, user.id)).toBeNull();
    expect(await findOpenSession(phone, user.id)).toBeNull();

    await expect(resetPassword(token, "yet another passphrase here")).rejects.toMatchObject({ code: "INVALID" });
  });

  it("refuses a link after an hour", async () => {
    const user = await createUser(db);
    await requestPasswordReset(user.email, uniqueIp());
    const token = linkIn(await mailTo(user.email), "/reset-password").searchParams.get("token")!;
    await db.passwordReset.updateMany({ where: { email: user.email }, data: { expiresAt: new Date(Date.now() - 1000) } });
    await expect(resetPassword(token, NEW_PASSWORD)).rejects.toMatchObject({ code: "INVALID" });
  });

  it("limits reset requests per client address", async () => {
    const ip = uniqueIp();
    const { perIp } = REQUEST_LIMITS["password-reset"];
    for (let i = 0; i < perIp; i++) expect((await requestPasswordReset(uniqueEmail("spray"), ip)).allowed).toBe(true);
    expect(await requestPasswordReset(uniqueEmail("spray"), ip)).toMatchObject({ allowed: false });
  });
});

describe("login records", () => {
  it("are purged by the worker after 30 days, and deleted with the account", async () => {
    const user = await createUser(db);
    const old = new Date(Date.now() - (RETENTION_DAYS + 1) * 24 * 60 * 60 * 1000);
    const other = uniqueEmail("other");
    await db.loginAttempt.createMany({
      data: [
        { email: other, ip: "10.0.0.1", success: false, createdAt: old },
        { email: other, ip: "10.0.0.1", success: false },
      ],
    });
    await db.authRequest.create({ data: { kind: "sign-up", ip: "10.0.0.1", email: other, createdAt: old } });
    await purgeAuthRecords(db);
    expect(await db.loginAttempt.count({ where: { email: other } })).toBe(1);
    expect(await db.authRequest.count({ where: { email: other } })).toBe(0);

    await db.loginAttempt.create({ data: { email: user.email, ip: "10.0.0.2", success: true } });
    await requestPasswordReset(user.email, uniqueIp());
    await deleteAccount(user.id, user.email);
    expect(await db.loginAttempt.count({ where: { email: user.email } })).toBe(0);
    expect(await db.authRequest.count({ where: { email: user.email } })).toBe(0);
    expect(await db.passwordReset.count({ where: { email: user.email } })).toBe(0);
  });
});
