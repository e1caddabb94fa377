import { db } from "../../db";
import { notFound } from "../../errors";
import type { ApplicationInput } from "../../validation/application";
import { recordActivity } from "../activity/record-activity";
import { applicationFields } from "./application-fields";
import { findOrCreateCompany } from "../companies/find-or-create-company";
import { assertContactsOwned } from "../contacts/assert-contacts-owned";
import { draftOfferNewsLetters } from "../letters/draft-offer-news-letters";
import { statusChangeSummary } from "./status-change-summary";

export async function updateApplication(userId: string, applicationId: string, input: ApplicationInput) {
  return db.$transaction(async (tx) => {
    const current = await tx.application.findFirst({
      where: { id: applicationId, userId, deletedAt: null },
      select: { id: true, status: true },
    });
    if (!current) throw notFound("Application");
    const company = await findOrCreateCompany(userId, input.company, tx);
    if (input.referrerId) await assertContactsOwned(userId, [input.referrerId], tx);
    await tx.application.updateMany({
      where: { id: current.id, userId },
      data: { ...applicationFields(input), companyId: company.id, lastActivityAt: new Date() },
    });
    if (current.status !== input.status) {
      await recordActivity(
        userId,
        { kind: "status_changed", applicationId: current.id, summary: statusChangeSummary(current.status, input.status) },
        tx,
      );
      // Everyone who helped hears the news: drafts on /letters, written with the status change.
      if (input.status === "accepted") await draftOfferNewsLetters(userId, current.id, { tx });
    }
    return { id: current.id };
  });
}
