import { db } from "../../db";
import { notFound } from "../../errors";

export async function getTemplate(userId: string, templateId: string) {
  const template = await db.template.findFirst({
    where: { id: templateId, userId },
    select: { id: true, kind: true, audience: true, name: true, subject: true, body: true, isDefault: true },
  });
  if (!template) throw notFound("Template");
  return template;
}
