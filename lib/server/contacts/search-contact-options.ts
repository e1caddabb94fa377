import type { PickOption } from "../../validation/pick";
import { containsText, PICK_LIMIT } from "../../validation/pick";
import { db } from "../../db";
import { LIVE_CONTACT } from "./trash";

/** The user's contacts whose name or e-mail contains `query`, as picker choices (alphabetical, at most PICK_LIMIT). */
export async function searchContactOptions(userId: string, query: string): Promise<PickOption[]> {
  const contains = containsText(query);
  const rows = await db.contact.findMany({
    where: { userId, ...LIVE_CONTACT, ...(query ? { OR: [{ name: contains }, { email: contains }] } : {}) },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, email: true },
    take: PICK_LIMIT,
  });
  return rows.map((row) => ({ value: row.id, label: row.name, detail: row.email }));
}
