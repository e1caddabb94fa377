import { db } from "../../db";
import { AppError, notFound } from "../../errors";

const applicationsWord = (count: number) => `${count} application${count === 1 ? "" : "s"}`;

/**
 * Deletes a company the user no longer needs (a typo, a duplicate made inline). Refused while any
 * application points at it, one in the trash too (deleting the company would take that one with
 * it, and with it the undo); its contacts stay, without a company.
 */
export async function deleteCompany(userId: string, companyId: string) {
  return db.$transaction(async (tx) => {
    const company = await tx.company.findFirst({ where: { id: companyId, userId }, select: { id: true, name: true } });
    if (!company) throw notFound("Company");
    const [live, trashed] = await Promise.all([
      tx.application.count({ where: { userId, companyId: company.id, deletedAt: null } }),
      tx.application.count({ where: { userId, companyId: company.id, deletedAt: { not: null } } }),
    ]);
    if (live + trashed > 0) throw new AppError("CONFLICT", stillInUse(company.name, live, trashed));
    // `none` again in the delete itself: an application added meanwhile keeps the company.
    const { count } = await tx.company.deleteMany({ where: { id: company.id, userId, applications: { none: {} } } });
    if (count === 0) throw new AppError("CONFLICT", `${company.name} has just been given an application: it stays.`);
    return { name: company.name };
  });
}

function stillInUse(name: string, live: number, trashed: number): string {
  const them = live + trashed === 1 ? "it" : "them";
  if (trashed === 0) return `${name} still has ${applicationsWord(live)}: move ${them} to another company or delete ${them} first.`;
  const inTrash = `${applicationsWord(trashed)} in the trash`;
  const held = live === 0 ? inTrash : `${applicationsWord(live)}, and ${inTrash}`;
  return `${name} still has ${held}: restore any in the trash, then move ${them} to another company first.`;
}
