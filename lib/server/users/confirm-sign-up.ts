import { randomBytes } from "node:crypto";
import { db } from "../../db";
import { AppError } from "../../errors";
import { hashEmailToken } from "../../auth/email-token";

export function newCalendarToken(): string {
  return randomBytes(24).toString("base64url");
}

const LINK_UNUSABLE = "This link has expired or was already used. Sign up again to get a new one.";

/**
 * Creates the account a sign-up link stands for, with what was typed at sign-up, and spends every
 * pending sign-up for that address. Following the link proves the address is the user's.
 */
export async function confirmSignUp(token: string): Promise<{ id: string; email: string }> {
  const tokenHash = hashEmailToken(token);
  try {
    return await db.$transaction(async (tx) => {
      const pending = await tx.pendingSignUp.findFirst({ where: { tokenHash, expiresAt: { gt: new Date() } } });
      if (!pending) throw new AppError("INVALID", LINK_UNUSABLE, { token: [LINK_UNUSABLE] });
      await tx.pendingSignUp.deleteMany({ where: { email: pending.email } });
      return tx.user.create({
        data: {
          email: pending.email,
          name: pending.name,
          passwordHash: pending.passwordHash,
          timeZone: pending.timeZone,
          calendarToken: newCalendarToken(),
        },
        select: { id: true, email: true },
      });
    });
  } catch (error) {
    // The address got an account in the meantime (another link, or two clicks racing): only the
    // owner of the inbox can see this, so it may say so.
    if ((error as { code?: string }).code === "P2002") {
      throw new AppError("CONFLICT", "This address already has an account. Log in instead.", { token: ["This address already has an account. Log in instead."] });
    }
    throw error;
  }
}
