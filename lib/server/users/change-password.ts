import { db } from "../../db";
import { AppError } from "../../errors";
import { hashPassword, verifyPassword } from "../../auth/password";
import { revokeOtherSessions } from "../sessions/sessions";

/** Changes the password and ends every other session of this user (the current one stays). */
export async function changePassword(userId: string, input: { currentPassword: string; newPassword: string }, currentSessionId: string) {
  const user = await db.user.findFirst({ where: { id: userId }, select: { passwordHash: true } });
  if (!user) throw new AppError("NOT_FOUND", "Account not found");
  if (!(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw new AppError("INVALID", "Your current password is not correct", { currentPassword: ["Your current password is not correct"] });
  }
  const passwordHash = await hashPassword(input.newPassword);
  await db.$transaction(async (tx) => {
    await tx.user.updateMany({ where: { id: userId }, data: { passwordHash } });
    await revokeOtherSessions(userId, currentSessionId, tx);
  });
}
