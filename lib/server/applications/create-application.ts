import { db } from "../../db";
import type { ApplicationInput } from "../../validation/application";
import { STATUS_LABELS } from "../../validation/application";
import { recordActivity } from "../activity/record-activity";
import { applicationFields } from "./application-fields";
import { findOrCreateCompany } from "../companies/find-or-create-company";
import { assertContactsOwned } from "../contacts/assert-contacts-owned";

export async function createApplication(userId: string, input: ApplicationInput) {
  return db.$transaction(async (tx) => {
    const company = await findOrCreateCompany(userId, input.company, tx);
    if (input.referrerId) await assertContactsOwned(userId, [input.referrerId], tx);
    const application = await tx.application.create({
      data: { ...applicationFields(input), userId, companyId: company.id },
      select: { id: true, role: true, status: true },
    });
    await recordActivity(
      userId,
      {
        kind: "created",
        applicationId: application.id,
        summary: `Added ${application.role} at ${company.name} (${STATUS_LABELS[application.status]})`,
      },
      tx,
    );
    return application;
  });
}
