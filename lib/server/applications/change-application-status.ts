import { db } from "../../db";
import { notFound } from "../../errors";
import type { ApplicationStatus } from "../../validation/application";
import { recordActivity } from "../activity/record-activity";
import { draftOfferNewsLetters } from "../letters/draft-offer-news-letters";
import { statusChangeSummary } from "./status-change-summary";

/** Moves an application to another status (the board, the status menu) and logs it on the timeline. */
export async function changeApplicationStatus(userId: string, applicationId: string, status: ApplicationStatus) {
  return db.$transaction(async (tx) => {
    const current = await tx.application.findFirst({
      where: { id: applicationId, userId, deletedAt: null },
      select: { id: true, status: true },
    });
    if (!current) throw notFound("Application");
    if (current.status === status) return { id: current.id, changed: false };
    await tx.application.updateMany({ where: { id: current.id, userId }, data: { status } });
    await recordActivity(userId, { kind: "status_changed", applicationId: current.id, summary: statusChangeSummary(current.status, status) }, tx);
    // Everyone who helped hears the news: drafts on /letters, written with the status change.
    if (status === "accepted") await draftOfferNewsLetters(userId, current.id, { tx });
    return { id: current.id, changed: true };
  });
}
