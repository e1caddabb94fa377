import { db } from "../../db";
import { AppError } from "../../errors";
import { hashEmailToken } from "../../auth/email-token";
import { hashPassword } from "../../auth/password";
import { revokeOtherSessions } from "../sessions/sessions";

const LINK_UNUSABLE = "This link has expired or was already used. Ask for a new one.";

/**
 * Sets a new password from an e-mailed link: the link is spent (with every other one for that
 * address) and every session of the account ends, so whoever knew the old password is out.
 */
export async function resetPassword(token: string, newPassword: string): Promise<{ email: string }> {
  const tokenHash = hashEmailToken(token);
  // A made-up link is turned away before the argon2 hash, which nobody should get for free.
  const usable = await db.passwordReset.count({ where: { tokenHash, usedAt: null, expiresAt: { gt: new Date() } } });
  if (usable === 0) throw new AppError("INVALID", LINK_UNUSABLE, { token: [LINK_UNUSABLE] });
  const passwordHash = await hashPassword(newPassword);
  return db.$transaction(async (tx) => {
    const now = new Date();
    // The claim is the update itself: of two uses racing for one link, one changes a row.
    const claimed = await tx.passwordReset.updateMany({ where: { tokenHash, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
    const reset = claimed.count === 1 ? await tx.passwordReset.findUnique({ where: { tokenHash }, select: { email: true } }) : null;
    const user = reset ? await tx.user.findUnique({ where: { email: reset.email }, select: { id: true, email: true } }) : null;
    if (!user) throw new AppError("INVALID", LINK_UNUSABLE, { token: [LINK_UNUSABLE] });
    await tx.user.updateMany({ where: { id: user.id }, data: { passwordHash } });
    await revokeOtherSessions(user.id, null, tx);
    await tx.passwordReset.updateMany({ where: { email: user.email, usedAt: null }, data: { usedAt: now } });
    return { email: user.email };
  });
}
