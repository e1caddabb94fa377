import type { Tx } from "../../db";
import type { ApplicationStatus } from "../../validation/application";
import { recordActivity } from "../activity/record-activity";
import { draftOfferNewsLetters } from "../letters/draft-offer-news-letters";
import { statusChangeSummary } from "./status-change-summary";

export type StatusChange = {
  applicationId: string;
  from: ApplicationStatus;
  to: ApplicationStatus;
  /** Why, when it was not the user's own move (" after 3 unanswered nudges"). */
  reason?: string;
  occurredAt?: Date;
  /** False when the caller writes its own timeline line for it (a logged rejection). */
  onTimeline?: boolean;
};

/**
 * The one way an application's status changes (the status menu, the edit form, the board, a
 * logged rejection, a decision nudge that ran out), inside the caller's transaction, with every
 * side effect of the change: the timeline line, and on "accepted" the offer-news letters to
 * everyone who helped. Returns whether anything changed.
 */
export async function applyStatusChange(userId: string, change: StatusChange, tx: Tx): Promise<boolean> {
  if (change.from === change.to) return false;
  await tx.application.updateMany({ where: { id: change.applicationId, userId }, data: { status: change.to } });
  if (change.onTimeline !== false) {
    const summary = `${statusChangeSummary(change.from, change.to)}${change.reason ?? ""}`;
    await recordActivity(userId, { kind: "status_changed", applicationId: change.applicationId, summary, occurredAt: change.occurredAt }, tx);
  }
  // Everyone who helped hears the news: drafts on /letters, written with the status change.
  if (change.to === "accepted") await draftOfferNewsLetters(userId, change.applicationId, { tx });
  return true;
}
