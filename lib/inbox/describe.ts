// How a proposal reads in the list: "Rejected: Product Analyst at Lumen Labs (Greenhouse, 2 Dec)".
import type { MailKind } from "./classify";

export const PROPOSAL_VERBS: Record<Exclude<MailKind, "other">, string> = {
  rejection: "Rejected",
  received: "Applied",
  interview: "Interview",
  offer: "Offer",
};

export function proposalHeadline(input: { kind: MailKind; role: string | null; company: string | null; ats: string | null; day: string }): string {
  const verb = input.kind === "other" ? "Nothing to apply" : PROPOSAL_VERBS[input.kind];
  const what = input.role && input.company ? `${input.role} at ${input.company}` : input.company ? `an application at ${input.company}` : input.role ? input.role : "an application";
  return `${verb}: ${what} (${input.ats ?? "email"}, ${input.day})`;
}
