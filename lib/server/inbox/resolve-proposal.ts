import { db } from "../../db";
import { notFound } from "../../errors";

/** Dismisses an open proposal: nothing is changed anywhere else. */
export async function dismissProposal(userId: string, proposalId: string, now = new Date()) {
  const { count } = await db.inboxProposal.updateMany({ where: { id: proposalId, userId }, data: { status: "dismissed", resolvedAt: now } });
  if (count === 0) throw notFound("Proposal");
}

/** Marks a proposal as applied (after the domain function it led to has done its work). */
export async function markProposalApplied(userId: string, proposalId: string, applicationId: string, now = new Date()) {
  const { count } = await db.inboxProposal.updateMany({ where: { id: proposalId, userId }, data: { status: "applied", applicationId, resolvedAt: now } });
  if (count === 0) throw notFound("Proposal");
}

/** "Choose another application": points an open proposal at one of the user's applications. */
export async function chooseProposalApplication(userId: string, proposalId: string, applicationId: string) {
  const application = await db.application.findFirst({ where: { id: applicationId, userId, deletedAt: null }, select: { id: true } });
  if (!application) throw notFound("Application");
  const { count } = await db.inboxProposal.updateMany({
    where: { id: proposalId, userId, status: "open" },
    data: { applicationId: application.id, candidateIds: [], matchReasons: ["chosen by you"] },
  });
  if (count === 0) throw notFound("Proposal");
}
