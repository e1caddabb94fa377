import { db } from "../../db";

/** Company names for the form's suggestions. */
export async function listCompanyNames(userId: string) {
  const rows = await db.company.findMany({ where: { userId }, orderBy: { name: "asc" }, select: { name: true }, take: 1000 });
  return rows.map((row) => row.name);
}
