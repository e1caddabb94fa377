import type { ApplicationStatus } from "@prisma/client";
import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { interviewTimeIn } from "../../inbox/times";
import { dayIn } from "../../schedule/follow-up-plan";
import type { ApplicationInput } from "../../validation/application";
import { parseCalendarDate } from "../../validation/fields";
import type { ApplyProposalInput } from "../../validation/inbox";
import type { LogRejectionInput } from "../../validation/rejection";
import { changeApplicationStatus } from "../applications/change-application-status";
import { createApplication } from "../applications/create-application";
import { updateApplication } from "../applications/update-application";
import { logRejection } from "../rejections/log-rejection";
import { markProposalApplied } from "./resolve-proposal";

export type ApplyOutcome =
  | { next: "rejection"; applicationId: string }
  | { next: "interview"; applicationId: string; interviewAt: string | null }
  | { next: "application"; applicationId: string };

// Where each kind of message leaves a new application, and which statuses it moves forward from.
const NEW_STATUS = { received: "applied", interview: "interviewing", offer: "offer", rejection: "applied" } as const;
const MOVES_FROM: Record<"interview" | "offer", ApplicationStatus[]> = {
  interview: ["wishlist", "applied", "screening", "ghosted"],
  offer: ["wishlist", "applied", "screening", "interviewing", "ghosted"],
};

async function openProposal(userId: string, proposalId: string) {
  const proposal = await db.inboxProposal.findFirst({
    where: { id: proposalId, userId, status: "open" },
    select: { id: true, kind: true, ats: true, sentAt: true, excerpt: true, postingUrl: true, suggestedCompany: true, suggestedRole: true, applicationId: true },
  });
  if (!proposal) throw notFound("Proposal");
  return proposal;
}

/**
 * Apply on a proposal, through the same domain functions as the forms: a confirmation creates
 * the application or fills in what it lacks (applied on, source, posting URL); an invitation
 * moves it to Interviewing and an offer to Offer. A rejection only finds or creates the
 * application here: the user checks the prefilled Log rejection form, whose save applies it.
 */
export async function applyProposal(userId: string, proposalId: string, input: ApplyProposalInput, timeZone: string): Promise<ApplyOutcome> {
  const proposal = await openProposal(userId, proposalId);
  if (proposal.kind === "other") throw new AppError("INVALID", "This message proposes nothing to apply; dismiss it instead.");
  const appliedOn = parseCalendarDate(dayIn(proposal.sentAt, timeZone));
  const source = proposal.ats ?? "Email";

  const current = proposal.applicationId
    ? await db.application.findFirst({ where: { id: proposal.applicationId, userId, deletedAt: null }, include: { company: { select: { name: true } } } })
    : null;

  let applicationId: string;
  if (!current) {
    const company = input.company ?? proposal.suggestedCompany;
    const role = input.role ?? proposal.suggestedRole;
    if (!company || !role) {
      throw new AppError("INVALID", "Enter the company and the role of the new application", {
        ...(company ? {} : { company: ["Enter the company's name"] }),
        ...(role ? {} : { role: ["Enter the role you applied for"] }),
      });
    }
    const created = await createApplication(userId, {
      company,
      role,
      status: NEW_STATUS[proposal.kind],
      postingUrl: proposal.postingUrl,
      location: null,
      workMode: null,
      salaryRange: null,
      source,
      appliedOn,
      decisionExpectedOn: null,
      priority: 2,
      notes: null,
      tags: [],
      referrerId: null,
      postingDescription: undefined,
    });
    applicationId = created.id;
    await db.inboxProposal.updateMany({ where: { id: proposal.id, userId }, data: { applicationId } });
  } else {
    applicationId = current.id;
    if (proposal.kind === "received") {
      const input: ApplicationInput = {
        company: current.company.name,
        role: current.role,
        status: current.status === "wishlist" ? "applied" : current.status,
        postingUrl: current.postingUrl ?? proposal.postingUrl,
        location: current.location,
        workMode: current.workMode,
        salaryRange: current.salaryRange,
        source: current.source ?? source,
        appliedOn: current.appliedOn ?? appliedOn,
        decisionExpectedOn: current.decisionExpectedOn,
        priority: current.priority,
        notes: current.notes,
        tags: current.tags,
        referrerId: current.referrerId,
        // Undefined keeps the posting text a clip saved.
        postingDescription: undefined,
      };
      await updateApplication(userId, current.id, input);
    } else if (proposal.kind === "interview" || proposal.kind === "offer") {
      if (MOVES_FROM[proposal.kind].includes(current.status)) await changeApplicationStatus(userId, current.id, NEW_STATUS[proposal.kind]);
    }
  }

  if (proposal.kind === "rejection") return { next: "rejection", applicationId };
  await markProposalApplied(userId, proposal.id, applicationId);
  if (proposal.kind === "interview") return { next: "interview", applicationId, interviewAt: interviewTimeIn(proposal.excerpt, proposal.sentAt) };
  return { next: "application", applicationId };
}

/** Save rejection, reached from a proposal: the rejection is logged, then the proposal is applied. */
export async function logRejectionFromProposal(userId: string, proposalId: string, applicationId: string, input: LogRejectionInput) {
  await openProposal(userId, proposalId);
  const result = await logRejection(userId, applicationId, input);
  await markProposalApplied(userId, proposalId, result.applicationId);
  return result;
}
