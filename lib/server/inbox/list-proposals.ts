import { db } from "../../db";

const proposalSelect = {
  id: true,
  kind: true,
  status: true,
  source: true,
  ats: true,
  fromAddress: true,
  fromName: true,
  subject: true,
  sentAt: true,
  rule: true,
  ruleDescription: true,
  excerpt: true,
  feedback: true,
  candidateIds: true,
  matchReasons: true,
  suggestedCompany: true,
  suggestedRole: true,
  requisitionId: true,
  postingUrl: true,
  fullText: true,
  application: { select: { id: true, role: true, status: true, deletedAt: true, company: { select: { name: true } } } },
} as const;

/** The user's proposals, open first and newest first within each; the rest only the latest. */
export async function listProposals(userId: string) {
  const [open, recent] = await Promise.all([
    db.inboxProposal.findMany({ where: { userId, status: "open" }, orderBy: [{ sentAt: "desc" }, { id: "asc" }], take: 200, select: proposalSelect }),
    db.inboxProposal.findMany({ where: { userId, status: { not: "open" } }, orderBy: [{ updatedAt: "desc" }, { id: "asc" }], take: 20, select: proposalSelect }),
  ]);
  // Candidates of an ambiguous proposal, named so the user can choose.
  const candidateIds = [...new Set(open.flatMap((proposal) => proposal.candidateIds))];
  const candidates = candidateIds.length
    ? await db.application.findMany({ where: { userId, id: { in: candidateIds }, deletedAt: null }, select: { id: true, role: true, company: { select: { name: true } } } })
    : [];
  return { open, recent, candidates };
}
export type InboxProposalView = Awaited<ReturnType<typeof listProposals>>["open"][number];

/** One of the user's proposals, or null. */
export function getProposal(userId: string, proposalId: string) {
  return db.inboxProposal.findFirst({ where: { id: proposalId, userId }, select: { ...proposalSelect, applicationId: true, replyTo: true } });
}

/** The choices of "Choose another application": the most recently active, never a heavy user's every row. */
export function listApplicationChoices(userId: string) {
  return db.application.findMany({
    where: { userId, deletedAt: null },
    orderBy: [{ lastActivityAt: "desc" }, { id: "asc" }],
    take: 200,
    select: { id: true, role: true, company: { select: { name: true } } },
  });
}
