import type { InboxMailKind } from "@prisma/client";
import { db } from "../../db";
import { isAppError } from "../../errors";
import { applyProposal } from "./apply-proposal";

// What may be applied without a look: news that moves an application forward. A rejection always
// waits for the user (its Log rejection form and letters are theirs to check).
const CONFIDENT_KINDS: InboxMailKind[] = ["received", "interview", "offer"];

/**
 * "Apply confident proposals by myself": a proposal of a confident kind that fits exactly one
 * application is applied as Apply would. Anything less certain stays open. Returns whether it applied.
 */
export async function autoApplyProposal(userId: string, proposalId: string): Promise<boolean> {
  const proposal = await db.inboxProposal.findFirst({
    where: { id: proposalId, userId, status: "open" },
    select: { kind: true, applicationId: true, candidateIds: true, user: { select: { timeZone: true } } },
  });
  if (!proposal || !CONFIDENT_KINDS.includes(proposal.kind) || !proposal.applicationId || proposal.candidateIds.length > 0) return false;
  try {
    await applyProposal(userId, proposalId, { company: null, role: null }, proposal.user.timeZone);
    return true;
  } catch (error) {
    // The application was deleted meanwhile, or the proposal resolved by another worker: leave it to the user.
    if (isAppError(error)) return false;
    throw error;
  }
}
