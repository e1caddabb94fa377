import type { LetterKind } from "@prisma/client";
import type { Db, Tx } from "../../db";
import { BUILT_IN_TEMPLATES } from "../../letters/built-in-templates";
import { templateProblem } from "../../letters/render-template";

export type ResolvedTemplate = { id: string | null; subject: string; body: string };

/**
 * The template a new letter of this kind starts from: the user's default when they chose one
 * (and it is still valid), else the built-in one.
 */
export async function resolveTemplate(userId: string, kind: LetterKind, client: Db | Tx): Promise<ResolvedTemplate> {
  const chosen = await client.template.findFirst({
    where: { userId, kind, isDefault: true },
    orderBy: { updatedAt: "desc" },
    select: { id: true, subject: true, body: true },
  });
  if (chosen && !templateProblem(chosen.subject) && !templateProblem(chosen.body)) return chosen;
  const builtIn = BUILT_IN_TEMPLATES[kind];
  return { id: null, subject: builtIn.subject, body: builtIn.body };
}
