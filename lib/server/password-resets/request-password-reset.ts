import { db } from "../../db";
import { appUrl } from "../../env";
import { sendAccountMail } from "../../auth/account-mail";
import { EMAIL_LINK_TTL_MS, newEmailToken } from "../../auth/email-token";
import { admitRequest, type ThrottleVerdict } from "../../auth/throttle";

/**
 * "Forgot password?": e-mails a single-use link valid for an hour when the address has an
 * account. The answer is the same either way, so it says nothing about who has an account; only
 * the client's address is limited (and, silently, how many links one inbox receives).
 */
export async function requestPasswordReset(email: string, ip: string): Promise<ThrottleVerdict> {
  const admitted = await admitRequest("password-reset", ip, email);
  if (!admitted.allowed) return admitted;
  const user = await db.user.findUnique({ where: { email }, select: { email: true } });
  if (user && admitted.mayEmail) {
    const { token, tokenHash } = newEmailToken();
    await db.passwordReset.create({ data: { email: user.email, tokenHash, expiresAt: new Date(Date.now() + EMAIL_LINK_TTL_MS) } });
    void sendAccountMail({
      to: user.email,
      subject: "Reset your Bridges password",
      lines: [
        "Someone (we hope you) asked to reset the password of your Bridges account.",
        "The link below works once, within an hour. Setting a new password logs out every device signed in to your account.",
        "If you did not ask, ignore this e-mail: your password stays as it is.",
      ],
      link: { label: "Set a new password", url: `${appUrl()}/reset-password?token=${token}` },
    });
  }
  return { allowed: true };
}
