import { db } from "../../db";
import { appUrl } from "../../env";
import { sendAccountMail } from "../../auth/account-mail";
import { EMAIL_LINK_TTL_MS, newEmailToken } from "../../auth/email-token";
import { hashPassword } from "../../auth/password";
import { admitRequest, type ThrottleVerdict } from "../../auth/throttle";
import type { SignUpInput } from "../../validation/auth";

/**
 * Sign-up answers "check your e-mail" whether or not the address has an account, so it tells no
 * one who uses Bridges (docs/decisions/0012). A new address gets a link that creates the account
 * (confirm-sign-up.ts); the owner of a taken one is told that someone tried. Nothing is created
 * until the link is followed, so nobody can hold an address they do not read.
 */
export async function requestSignUp(input: SignUpInput, ip: string): Promise<ThrottleVerdict> {
  const admitted = await admitRequest("sign-up", ip, input.email);
  if (!admitted.allowed) return admitted;
  // Hashed whether or not the address is taken: both answers cost the same time.
  const passwordHash = await hashPassword(input.password);
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { email: true } });
  if (!admitted.mayEmail) return { allowed: true };
  if (existing) {
    void sendAccountMail({
      to: existing.email,
      subject: "Someone tried to sign up to Bridges with your address",
      lines: [
        "Someone (perhaps you) tried to create a Bridges account with this e-mail address, which already has one. No new account was created.",
        "If it was you, log in instead, or set a new password if you have forgotten it. If it was not, you need do nothing.",
      ],
      link: { label: "Forgot your password?", url: `${appUrl()}/forgot-password` },
    });
    return { allowed: true };
  }
  const { token, tokenHash } = newEmailToken();
  await db.pendingSignUp.create({
    data: {
      email: input.email,
      name: input.name || null,
      passwordHash,
      timeZone: input.timeZone,
      tokenHash,
      expiresAt: new Date(Date.now() + EMAIL_LINK_TTL_MS),
    },
  });
  void sendAccountMail({
    to: input.email,
    subject: "Finish signing up to Bridges",
    lines: ["Follow the link below within an hour to create your Bridges account.", "If you did not sign up, ignore this e-mail: no account is created."],
    link: { label: "Finish signing up", url: `${appUrl()}/signup/confirm?token=${token}` },
  });
  return { allowed: true };
}
