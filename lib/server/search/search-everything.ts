import { db } from "../../db";
import { stripNul } from "../../validation/fields";
import { truncate } from "../../text";

export const SEARCH_LIMIT = 10;

/**
 * The header's search: the user's applications (role, company, notes), contacts (name, e-mail,
 * title, company) and companies (name, website) containing the text, ignoring case. Three
 * bounded queries, run together.
 */
export async function searchEverything(userId: string, text: string) {
  const q = truncate(stripNul(text).trim(), 200);
  if (!q) return { q, applications: [], contacts: [], companies: [] };
  const contains = { contains: q, mode: "insensitive" as const };
  const [applications, contacts, companies] = await Promise.all([
    db.application.findMany({
      where: { userId, deletedAt: null, OR: [{ role: contains }, { company: { name: contains } }, { notes: contains }, { tags: { has: q.toLowerCase() } }] },
      orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }],
      take: SEARCH_LIMIT,
      select: { id: true, role: true, status: true, company: { select: { name: true } } },
    }),
    db.contact.findMany({
      where: { userId, OR: [{ name: contains }, { email: contains }, { title: contains }, { company: { name: contains } }, { tags: { has: q.toLowerCase() } }] },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: SEARCH_LIMIT,
      select: { id: true, name: true, email: true, title: true, company: { select: { name: true } } },
    }),
    db.company.findMany({
      where: { userId, OR: [{ name: contains }, { website: contains }] },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      take: SEARCH_LIMIT,
      select: { id: true, name: true, _count: { select: { applications: { where: { deletedAt: null } }, contacts: true } } },
    }),
  ]);
  return { q, applications, contacts, companies };
}
