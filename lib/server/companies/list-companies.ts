import { db } from "../../db";

const PAGE_SIZE = 50;

/** The user's companies, by name, with how many applications and contacts each has. */
export async function listCompanies(userId: string, page = 1) {
  const [total, rows] = await Promise.all([
    db.company.count({ where: { userId } }),
    db.company.findMany({
      where: { userId },
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * PAGE_SIZE,
      take: PAGE_SIZE,
      select: { id: true, name: true, website: true, _count: { select: { applications: { where: { deletedAt: null } }, contacts: { where: { deletedAt: null } } } } },
    }),
  ]);
  return { rows, total, page, pageCount: Math.max(1, Math.ceil(total / PAGE_SIZE)) };
}
