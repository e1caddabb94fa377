import { db } from "../../db";
import { AppError } from "../../errors";

/**
 * Deletes the account and, by cascade, every row it owns: sessions, applications, contacts,
 * letters, follow-ups, notifications and pending deliveries — so no reminder fires afterwards.
 * Rows keyed by the e-mail address rather than the user (sign-in attempts, sign-up and reset
 * requests and links) go with it. The user must type their e-mail address to confirm.
 */
export async function deleteAccount(userId: string, confirmation: string) {
  const user = await db.user.findFirst({ where: { id: userId }, select: { email: true } });
  if (!user) throw new AppError("NOT_FOUND", "Account not found");
  if (confirmation.trim().toLowerCase() !== user.email) {
    throw new AppError("INVALID", "Type your e-mail address exactly to confirm", { confirmation: [`Type ${user.email} to confirm`] });
  }
  const { email } = user;
  await db.$transaction([
    db.user.deleteMany({ where: { id: userId } }),
    db.loginAttempt.deleteMany({ where: { email } }),
    db.authRequest.deleteMany({ where: { email } }),
    db.passwordReset.deleteMany({ where: { email } }),
    db.pendingSignUp.deleteMany({ where: { email } }),
  ]);
}
