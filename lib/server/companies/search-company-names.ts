import type { PickOption } from "../../validation/pick";
import { containsText, PICK_LIMIT } from "../../validation/pick";
import { db } from "../../db";

/** The user's company names containing `query`, as picker choices: the form posts the name itself. */
export async function searchCompanyNames(userId: string, query: string): Promise<PickOption[]> {
  const rows = await db.company.findMany({
    where: { userId, ...(query ? { name: containsText(query) } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { name: true },
    take: PICK_LIMIT,
  });
  return rows.map((row) => ({ value: row.name, label: row.name }));
}
