import type { LetterKind } from "@prisma/client";
import { db } from "../../db";

/** Makes the built-in template the default for a kind again (the user's copies stay). */
export async function resetDefaultTemplate(userId: string, kind: LetterKind) {
  await db.template.updateMany({ where: { userId, kind, isDefault: true }, data: { isDefault: false } });
}
