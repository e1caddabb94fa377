import { db } from "../../db";

/** The user's own templates, by kind, defaults first. */
export function listTemplates(userId: string) {
  return db.template.findMany({
    where: { userId },
    orderBy: [{ kind: "asc" }, { audience: "asc" }, { isDefault: "desc" }, { name: "asc" }, { id: "asc" }],
    select: { id: true, kind: true, audience: true, name: true, isDefault: true, updatedAt: true },
    take: 500,
  });
}
