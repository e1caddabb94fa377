import type { PickOption } from "../../validation/pick";
import { containsText, PICK_LIMIT } from "../../validation/pick";
import { db } from "../../db";

/** Label of an application in pickers and forms: "Role — Company". */
export const applicationOptionLabel = (application: { role: string; company: { name: string } }) => `${application.role} — ${application.company.name}`;

/** The user's live applications whose role or company contains `query`, most recently active first. */
export async function searchApplicationOptions(userId: string, query: string): Promise<PickOption[]> {
  const contains = containsText(query);
  const rows = await db.application.findMany({
    where: { userId, deletedAt: null, ...(query ? { OR: [{ role: contains }, { company: { name: contains } }] } : {}) },
    orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }],
    select: { id: true, role: true, company: { select: { name: true } } },
    take: PICK_LIMIT,
  });
  return rows.map((row) => ({ value: row.id, label: applicationOptionLabel(row) }));
}
