import { db } from "../../db";

export async function updateProfile(userId: string, input: { name: string }) {
  await db.user.updateMany({ where: { id: userId }, data: { name: input.name || null } });
}
