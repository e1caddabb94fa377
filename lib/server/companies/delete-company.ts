import { db } from "../../db";
import { AppError, notFound } from "../../errors";

/**
 * Deletes a company the user no longer needs (a typo, a duplicate made inline). Refused while
 * live applications point at it, so that deleting a company never deletes an application; its
 * contacts stay, without a company.
 */
export async function deleteCompany(userId: string, companyId: string) {
  return db.$transaction(async (tx) => {
    const company = await tx.company.findFirst({
      where: { id: companyId, userId },
      select: { id: true, name: true, _count: { select: { applications: { where: { deletedAt: null } } } } },
    });
    if (!company) throw notFound("Company");
    const applications = company._count.applications;
    if (applications > 0) {
      throw new AppError(
        "CONFLICT",
        `${company.name} still has ${applications} application${applications === 1 ? "" : "s"}: move ${applications === 1 ? "it" : "them"} to another company or delete ${applications === 1 ? "it" : "them"} first.`,
      );
    }
    await tx.company.deleteMany({ where: { id: company.id, userId } });
    return { name: company.name };
  });
}
