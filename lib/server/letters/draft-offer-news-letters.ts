import { db, type Tx } from "../../db";
import { notFound } from "../../errors";
import { addressOf } from "../../letters/person-detail";
import { renderLetter } from "../../letters/render-template";
import { workingDaysFrom } from "../../schedule/working-hours";
import { userWorkingHours } from "../follow-ups/shared";
import { resolveTemplate } from "../templates/resolve-template";
import { LIVE_CONTACT } from "../contacts/trash";

// Good news keeps for a few days, but the people who helped should hear it first: due three
// working days later, at the user's reminder time.
export const OFFER_NEWS_DUE_DAYS = 3;

/**
 * On accepting an offer: a draft "news and thanks" letter to everyone who helped along the way —
 * referrers, people who made an introduction or a referral, and everyone the user thanked after
 * a rejection (interviewers and recruiters who were kind). Each person is written to once per
 * accepted application. Pass `tx` to join the status change's transaction.
 */
export async function draftOfferNewsLetters(userId: string, applicationId: string, { tx, now = new Date() }: { tx?: Tx; now?: Date } = {}) {
  const run = async (client: Tx) => {
    const application = await client.application.findFirst({
      where: { id: applicationId, userId, deletedAt: null },
      select: { id: true, role: true, company: { select: { name: true } } },
    });
    if (!application) throw notFound("Application");

    const helpers = await client.contact.findMany({
      where: {
        userId,
        ...LIVE_CONTACT,
        OR: [
          { referredApplications: { some: { userId } } },
          { interactions: { some: { userId, OR: [{ kind: { in: ["referral_given", "referral_received", "intro_made"] } }, { favour: "received" }] } } },
          { letters: { some: { userId, kind: "rejection_thank_you", status: "sent" } } },
        ],
        NOT: { letters: { some: { userId, kind: "offer_news", applicationId: application.id } } },
      },
      orderBy: { name: "asc" },
      select: { id: true, name: true, addressAs: true, email: true, _count: { select: { interviews: true } } },
      take: 200,
    });
    if (!helpers.length) return [];

    const [template, user] = await Promise.all([
      resolveTemplate(userId, "offer_news", client),
      client.user.findFirst({ where: { id: userId }, select: { name: true } }),
    ]);
    const dueAt = workingDaysFrom(now, OFFER_NEWS_DUE_DAYS, await userWorkingHours(client, userId));
    // Helpers know each other too: the n-th letter takes the template's n-th phrasing.
    const letters = helpers.map((contact, variant) => {
      const text = renderLetter(
        template,
        {
          firstName: addressOf(contact),
          recipientName: contact.name,
          company: application.company.name,
          role: application.role,
          senderName: user?.name,
          interviewed: contact._count.interviews > 0,
        },
        variant,
      );
      return {
        userId,
        kind: "offer_news" as const,
        applicationId: application.id,
        contactId: contact.id,
        recipientName: contact.name,
        recipientEmail: contact.email,
        subject: text.subject,
        body: text.body,
        templateId: template.id,
        dueAt,
      };
    });
    await client.letter.createMany({ data: letters });
    return letters;
  };
  return tx ? run(tx) : db.$transaction(run);
}
