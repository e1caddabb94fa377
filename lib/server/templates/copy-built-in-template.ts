import type { LetterKind } from "@prisma/client";
import { db } from "../../db";
import { BUILT_IN_TEMPLATES } from "../../letters/built-in-templates";

/** Starts the user's own version of a built-in template; it is not their default until they say so. */
export function copyBuiltInTemplate(userId: string, kind: LetterKind) {
  const builtIn = BUILT_IN_TEMPLATES[kind];
  return db.template.create({
    data: { userId, kind, name: `My ${builtIn.name.charAt(0).toLowerCase()}${builtIn.name.slice(1)}`, subject: builtIn.subject, body: builtIn.body },
    select: { id: true },
  });
}
