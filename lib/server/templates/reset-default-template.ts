import type { LetterAudience, LetterKind } from "@prisma/client";
import { db } from "../../db";

/** Makes the built-in template the default for a kind and audience again (the user's copies stay). */
export async function resetDefaultTemplate(userId: string, kind: LetterKind, audience: LetterAudience = "anyone") {
  await db.template.updateMany({ where: { userId, kind, audience, isDefault: true }, data: { isDefault: false } });
}
