import type { LetterAudience, LetterKind } from "@prisma/client";
import { db } from "../../db";
import { builtInTemplate } from "../../letters/built-in-templates";

/** Starts the user's own version of a built-in template; it is not their default until they say so. */
export function copyBuiltInTemplate(userId: string, kind: LetterKind, audience: LetterAudience = "anyone") {
  const builtIn = builtInTemplate(kind, audience);
  return db.template.create({
    data: {
      userId,
      kind,
      audience: builtIn.audience,
      name: `My ${builtIn.name.charAt(0).toLowerCase()}${builtIn.name.slice(1)}`,
      subject: builtIn.subject,
      body: builtIn.body,
    },
    select: { id: true },
  });
}
