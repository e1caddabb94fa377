import { db } from "../../db";
import type { ContactRole } from "../../validation/pipeline-options";

/** The user's own keep-in-touch defaults per contact role; used for contacts created from now on. */
export async function updateCadenceDefaults(userId: string, defaults: Partial<Record<ContactRole, number>>) {
  await db.user.updateMany({ where: { id: userId }, data: { cadenceDefaults: defaults } });
}

export async function getAccount(userId: string) {
  return db.user.findFirst({ where: { id: userId }, select: { name: true, email: true, cadenceDefaults: true } });
}
