import { db } from "../../db";
import { notFound } from "../../errors";

/** Letters written from it keep their text; new letters fall back to the built-in template. */
export async function deleteTemplate(userId: string, templateId: string) {
  const { count } = await db.template.deleteMany({ where: { id: templateId, userId } });
  if (count === 0) throw notFound("Template");
}
