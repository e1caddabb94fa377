import { db } from "../../db";
import type { ContactRole } from "../../validation/pipeline-options";

/** The user's own keep-in-touch defaults per contact role; used for contacts created from now on. */
export async function updateCadenceDefaults(userId: string, defaults: Partial<Record<ContactRole, number>>) {
  await db.user.updateMany({ where: { id: userId }, data: { cadenceDefaults: defaults } });
}
