import { db } from "../../db";
import { notFound } from "../../errors";
import type { ApplicationInput } from "../../validation/application";
import { applicationFields } from "./application-fields";
import { findOrCreateCompany } from "../companies/find-or-create-company";
import { assertContactsOwned } from "../contacts/assert-contacts-owned";
import { applyStatusChange } from "./apply-status-change";

export async function updateApplication(userId: string, applicationId: string, input: ApplicationInput) {
  return db.$transaction(async (tx) => {
    const current = await tx.application.findFirst({
      where: { id: applicationId, userId, deletedAt: null },
      select: { id: true, status: true },
    });
    if (!current) throw notFound("Application");
    const company = await findOrCreateCompany(userId, input.company, tx);
    if (input.referrerId) await assertContactsOwned(userId, [input.referrerId], tx);
    const { status, ...fields } = applicationFields(input);
    await tx.application.updateMany({
      where: { id: current.id, userId },
      data: { ...fields, companyId: company.id, lastActivityAt: new Date() },
    });
    await applyStatusChange(userId, { applicationId: current.id, from: current.status, to: status }, tx);
    return { id: current.id };
  });
}
