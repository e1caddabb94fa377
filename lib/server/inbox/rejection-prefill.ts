import { db } from "../../db";
import { dayIn } from "../../schedule/follow-up-plan";
import { NEW_SENDER } from "../../validation/rejection";
import { atsOfDomain, domainOf } from "../../inbox/ats";
import { LIVE_CONTACT } from "../contacts/trash";

// Addresses no person reads: the rejection is then from "nobody in particular".
const MACHINE_SENDER = /^(no-?reply|noreply|do-?not-?reply|donotreply|notifications?|mailer|careers|jobs|recruiting|talent|hr|mail|bounce)[\w.+-]*@/i;

/**
 * Log rejection's fields as a proposal fills them: Received on = the message's day in the user's
 * time zone, How it came = e-mail, From whom = the contact with the sender's address, else the
 * sender as someone new (unless it is a machine), Feedback = the message's feedback sentences.
 */
export async function rejectionPrefill(userId: string, proposalId: string, applicationId: string, timeZone: string) {
  const proposal = await db.inboxProposal.findFirst({
    where: { id: proposalId, userId, status: "open", kind: "rejection", applicationId },
    select: { id: true, sentAt: true, fromAddress: true, fromName: true, replyTo: true, feedback: true },
  });
  if (!proposal) return null;
  const addresses = [proposal.replyTo, proposal.fromAddress].filter((address): address is string => Boolean(address));
  const contact = await db.contact.findFirst({
    where: { userId, ...LIVE_CONTACT, OR: addresses.map((address) => ({ email: { equals: address, mode: "insensitive" as const } })) },
    select: { id: true },
    orderBy: { createdAt: "asc" },
  });
  const isMachine = MACHINE_SENDER.test(proposal.fromAddress) || Boolean(atsOfDomain(domainOf(proposal.fromAddress)));
  const sender = contact
    ? { senderId: contact.id, newSenderName: "", newSenderEmail: "" }
    : isMachine
      ? { senderId: "", newSenderName: "", newSenderEmail: "" }
      : { senderId: NEW_SENDER, newSenderName: proposal.fromName ?? proposal.fromAddress.split("@")[0] ?? "", newSenderEmail: proposal.fromAddress };
  return { proposalId: proposal.id, fields: { receivedOn: dayIn(proposal.sentAt, timeZone), channel: "email", feedback: proposal.feedback ?? "", ...sender } };
}
