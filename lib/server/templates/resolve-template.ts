import type { LetterAudience, LetterKind } from "@prisma/client";
import type { Db, Tx } from "../../db";
import { builtInTemplate } from "../../letters/built-in-templates";
import { templateProblem } from "../../letters/render-template";

export type ResolvedTemplate = { id: string | null; subject: string; body: string };

/**
 * The template a new letter of this kind to this audience starts from: the user's default for
 * that audience, else their default for the kind as a whole ("anyone"), when still valid; else
 * the built-in one for the audience.
 */
export async function resolveTemplate(userId: string, kind: LetterKind, client: Db | Tx, audience: LetterAudience = "anyone"): Promise<ResolvedTemplate> {
  const chosen = await client.template.findMany({
    where: { userId, kind, isDefault: true, audience: { in: [audience, "anyone"] } },
    orderBy: { updatedAt: "desc" },
    select: { id: true, subject: true, body: true, audience: true },
  });
  const valid = chosen.filter((template) => !templateProblem(template.subject) && !templateProblem(template.body));
  const own = valid.find((template) => template.audience === audience) ?? valid[0];
  if (own) return { id: own.id, subject: own.subject, body: own.body };
  const builtIn = builtInTemplate(kind, audience);
  return { id: null, subject: builtIn.subject, body: builtIn.body };
}
