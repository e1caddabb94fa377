import { db, type Tx } from "../../db";
import { AWAITING_DECISION, MAX_DECISION_NUDGES, nextDecisionNudgeStep } from "../../schedule/decision-nudges";
import { dayOfDateColumn } from "../../schedule/follow-up-plan";
import { formatInZone } from "../../schedule/zoned";
import { workingHoursSelect } from "./shared";
import { applyStatusChange } from "../applications/apply-status-change";
import { employerSideWhere } from "../applications/employer-side";
import { LIVE_CONTACT } from "../contacts/trash";

export type NudgeOutcome = "nudged" | "ghosted" | null;

/**
 * Moves one application's decision-nudge sequence along (lib/schedule/decision-nudges.ts):
 * proposes the next nudge follow-up, or marks the application ghosted after three unanswered
 * ones. Called by the nudge job and when a nudge is marked done. The application row is locked
 * first, so two callers at once cannot both propose a nudge.
 */
export async function advanceDecisionNudge(userId: string, applicationId: string, { tx, now = new Date() }: { tx?: Tx; now?: Date } = {}) {
  const run = async (client: Tx): Promise<NudgeOutcome> => {
    const locked = await client.$queryRaw<{ id: string }[]>`
      SELECT id FROM "Application" WHERE id = ${applicationId} AND "userId" = ${userId} AND "deletedAt" IS NULL FOR UPDATE`;
    if (!locked.length) return null;
    const application = await client.application.findFirst({
      where: { id: applicationId, userId },
      select: {
        id: true,
        role: true,
        status: true,
        decisionExpectedOn: true,
        companyId: true,
        referrerId: true,
        company: { select: { name: true } },
        user: { select: workingHoursSelect },
      },
    });
    const awaiting = (AWAITING_DECISION as readonly string[]).includes(application?.status ?? "");
    if (!application?.decisionExpectedOn || !awaiting) return null;

    const nudges = await client.followUp.findMany({
      where: { userId, applicationId, origin: "decision_nudge" },
      orderBy: { createdAt: "asc" },
      select: { status: true, completedAt: true, createdAt: true, contactId: true },
    });
    const step = nextDecisionNudgeStep({
      now,
      hours: application.user,
      decisionExpectedOn: dayOfDateColumn(application.decisionExpectedOn),
      nudges,
      replied: nudges.length > 0 && (await repliedSince(client, userId, application, nudges[0]!.createdAt, nudges)),
    });

    if (step.action === "ghost") {
      await applyStatusChange(
        userId,
        { applicationId, from: application.status, to: "ghosted", reason: ` after ${MAX_DECISION_NUDGES} unanswered nudges`, occurredAt: now },
        client,
      );
      return "ghosted";
    }
    if (step.action === "wait") return null;

    const contact = nudges.at(-1)?.contactId
      ? await client.contact.findFirst({ where: { id: nudges.at(-1)!.contactId!, userId, ...LIVE_CONTACT }, select: { id: true, name: true } })
      : await employerContact(client, userId, application);
    const promised = formatInZone(application.decisionExpectedOn, "UTC", "d MMMM yyyy");
    const at = `${application.role} at ${application.company.name}`;
    await client.followUp.create({
      data: {
        userId,
        applicationId,
        contactId: contact?.id ?? null,
        origin: "decision_nudge",
        title: `Ask ${contact?.name ?? application.company.name} about the decision on ${application.role}`,
        notes:
          step.number === 1
            ? `They expected to decide on ${at} by ${promised}. A short, friendly note: are they still on track, and is there anything else they need from you?`
            : `No answer yet about ${at} (nudge ${step.number} of ${MAX_DECISION_NUDGES}). Keep it brief and warm: restate your interest and ask whether there is news.`,
        dueAt: step.dueAt,
        createdAt: now,
      },
    });
    return "nudged";
  };
  return tx ? run(tx) : db.$transaction(run);
}

type NudgedApplication = { id: string; companyId: string; referrerId: string | null };

/** A reply since the first nudge about this application, or from anyone nudged or on its employer side. */
async function repliedSince(client: Tx, userId: string, application: NudgedApplication, since: Date, nudges: { contactId: string | null }[]) {
  const nudgedIds = nudges.flatMap((nudge) => (nudge.contactId ? [nudge.contactId] : []));
  const replies = await client.interaction.count({
    where: {
      userId,
      kind: "reply_received",
      occurredAt: { gte: since },
      OR: [{ applicationId: application.id }, { contactId: { in: nudgedIds } }, { contact: employerSideWhere(application.id) }],
    },
  });
  return replies > 0;
}

/**
 * Whom to nudge: a recruiter on the employer side, in touch about this application or working at
 * this company; else the referrer.
 */
async function employerContact(client: Tx, userId: string, application: NudgedApplication) {
  const recruiter = await client.contact.findFirst({
    where: {
      userId,
      ...LIVE_CONTACT,
      role: "recruiter",
      OR: [employerSideWhere(application.id), { interactions: { some: { applicationId: application.id } } }, { companyId: application.companyId }],
    },
    orderBy: [{ lastInteractionAt: { sort: "desc", nulls: "last" } }, { createdAt: "asc" }],
    select: { id: true, name: true },
  });
  if (recruiter || !application.referrerId) return recruiter;
  return client.contact.findFirst({ where: { id: application.referrerId, userId, ...LIVE_CONTACT }, select: { id: true, name: true } });
}
