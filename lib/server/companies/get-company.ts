import { db } from "../../db";
import { notFound } from "../../errors";

/** One company with its live applications and its contacts (the trash left out). */
export async function getCompany(userId: string, companyId: string) {
  const company = await db.company.findFirst({
    where: { id: companyId, userId },
    include: {
      applications: { where: { deletedAt: null }, orderBy: { lastActivityAt: "desc" }, take: 100, select: { id: true, role: true, status: true, appliedOn: true } },
      contacts: { where: { deletedAt: null }, orderBy: { name: "asc" }, take: 100, select: { id: true, name: true, role: true, title: true } },
      _count: { select: { contacts: { where: { deletedAt: null } } } },
    },
  });
  if (!company) throw notFound("Company");
  return company;
}
