import { Prisma, type InboxSource } from "@prisma/client";
import { classify, feedbackSentences } from "../../inbox/classify";
import { excerptOf, postingUrlOf } from "../../inbox/excerpt";
import { matchApplication } from "../../inbox/match";
import { parseEmail } from "../../inbox/parse";
import { db } from "../../db";

export type ReadEmailResult =
  | { ok: true; proposalId: string; duplicate: boolean }
  | { ok: false; message: string; /** Not about an application, and asked to keep only those. */ ignored?: true };

// The user's applications as the matcher sees them; the company and contacts' addresses decide.
function matchableApplications(userId: string) {
  return db.application.findMany({
    where: { userId, deletedAt: null },
    select: {
      id: true,
      role: true,
      postingUrl: true,
      notes: true,
      company: { select: { name: true, website: true, contacts: { where: { email: { not: null } }, select: { email: true }, take: 50 } } },
    },
    orderBy: { lastActivityAt: "desc" },
    take: 20_000,
  });
}

/**
 * Reads one message for the user and records what it proposes: parse → classify → match →
 * one proposal per user and Message-ID. The same message read again (pasted twice, fetched by
 * two workers) finds the proposal it made the first time.
 */
export async function readEmail(
  userId: string,
  source: Buffer | string,
  options: { source: InboxSource; keepFullMessage?: boolean; /** The mailbox: the rest of the user's mail leaves no trace. */ onlyProposals?: boolean },
): Promise<ReadEmailResult> {
  const parsed = await parseEmail(source);
  if (!parsed.ok) return parsed;
  const { email } = parsed;

  const existing = await db.inboxProposal.findFirst({ where: { userId, messageId: email.messageId }, select: { id: true } });
  if (existing) return { ok: true, proposalId: existing.id, duplicate: true };

  const classification = classify(email);
  if (options.onlyProposals && classification.kind === "other") return { ok: false, ignored: true, message: "This message is not about an application." };
  const applications = await matchableApplications(userId);
  const match = matchApplication(
    email,
    applications.map(({ company, ...application }) => ({
      ...application,
      company: { name: company.name, website: company.website },
      contactEmails: company.contacts.flatMap((contact) => (contact.email ? [contact.email] : [])),
    })),
  );

  const data = {
    userId,
    messageId: email.messageId,
    source: options.source,
    fromAddress: email.from.address ?? "",
    fromName: email.from.name,
    replyTo: email.replyTo,
    subject: email.subject,
    sentAt: email.date,
    kind: classification.kind,
    ats: classification.ats,
    rule: classification.rule.id,
    ruleDescription: classification.rule.description,
    excerpt: excerptOf(email.text, classification.evidence),
    feedback: classification.kind === "rejection" ? feedbackSentences(email.text) || null : null,
    postingUrl: postingUrlOf(email.text),
    applicationId: match.kind === "matched" ? match.applicationId : null,
    candidateIds: match.kind === "ambiguous" ? match.applicationIds : [],
    matchReasons: match.kind === "none" ? [] : match.reasons,
    suggestedCompany: match.kind === "none" ? match.company : null,
    suggestedRole: match.kind === "none" ? match.role : null,
    requisitionId: match.kind === "none" ? match.requisitionId : null,
    fullText: options.keepFullMessage ? email.text : null,
    // Nothing to do about a message that is none of the four: it is kept as already handled.
    status: classification.kind === "other" ? ("dismissed" as const) : ("open" as const),
  };
  try {
    const created = await db.inboxProposal.create({ data, select: { id: true } });
    return { ok: true, proposalId: created.id, duplicate: false };
  } catch (error) {
    // Another request or worker read the same message a moment ago.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
      const winner = await db.inboxProposal.findFirst({ where: { userId, messageId: email.messageId }, select: { id: true } });
      if (winner) return { ok: true, proposalId: winner.id, duplicate: true };
    }
    throw error;
  }
}
