import { db } from "../../db";
import { notFound } from "../../errors";
import type { TemplateInput } from "../../validation/template";

/** Saves a template; making it the default for its kind and audience unsets the previous default, atomically. */
export async function updateTemplate(userId: string, templateId: string, input: TemplateInput) {
  return db.$transaction(async (tx) => {
    const template = await tx.template.findFirst({ where: { id: templateId, userId }, select: { id: true, kind: true, audience: true } });
    if (!template) throw notFound("Template");
    if (input.isDefault) {
      await tx.template.updateMany({ where: { userId, kind: template.kind, audience: template.audience, isDefault: true, id: { not: template.id } }, data: { isDefault: false } });
    }
    await tx.template.updateMany({ where: { id: template.id, userId }, data: input });
    return template;
  });
}
