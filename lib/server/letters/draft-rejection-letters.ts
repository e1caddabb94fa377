import type { Tx } from "../../db";
import { notFound } from "../../errors";
import { rejectionLetterValues } from "../../letters/letter-values";
import { renderLetter } from "../../letters/render-template";
import { resolveTemplate } from "../templates/resolve-template";

// A thank-you after a rejection is worth most while the conversation is fresh.
export const REJECTION_LETTER_DUE_MS = 24 * 60 * 60 * 1000;

type Person = { id: string; name: string; email: string | null };
type Recipient = { contact: Person; interview: { scheduledAt: Date; kind: import("@prisma/client").InterviewKind; notes: string | null; interviewerCount: number } | null };

/**
 * One draft thank-you per person worth thanking for this rejection: every interviewer of the
 * application (with their latest interview, for the date and a detail from its notes) and the
 * sender. People who already have a letter for this rejection are left alone, so logging the
 * rejection again (an edit) only adds letters for someone new.
 */
export async function draftRejectionLetters(userId: string, rejectionId: string, tx: Tx, now = new Date()) {
  const rejection = await tx.rejection.findFirst({
    where: { id: rejectionId, userId },
    include: {
      sender: { select: { id: true, name: true, email: true } },
      letters: { select: { contactId: true } },
      application: {
        select: {
          id: true,
          role: true,
          company: { select: { name: true } },
          interviews: {
            orderBy: { scheduledAt: "desc" },
            select: { scheduledAt: true, kind: true, notes: true, interviewers: { select: { contact: { select: { id: true, name: true, email: true } } } } },
          },
        },
      },
    },
  });
  if (!rejection) throw notFound("Rejection");
  const user = await tx.user.findFirst({ where: { id: userId }, select: { name: true, timeZone: true } });
  if (!user) throw notFound("User");

  const recipients = new Map<string, Recipient>();
  for (const interview of rejection.application.interviews) {
    for (const { contact } of interview.interviewers) {
      if (recipients.has(contact.id)) continue; // interviews come latest first
      recipients.set(contact.id, { contact, interview: { ...interview, interviewerCount: interview.interviewers.length } });
    }
  }
  if (rejection.sender && !recipients.has(rejection.sender.id)) recipients.set(rejection.sender.id, { contact: rejection.sender, interview: null });

  const alreadyWritten = new Set(rejection.letters.map((letter) => letter.contactId));
  const toWrite = [...recipients.values()].filter(({ contact }) => !alreadyWritten.has(contact.id) && (contact.name.trim() || contact.email));
  if (!toWrite.length) return [];

  const template = await resolveTemplate(userId, "rejection_thank_you", tx);
  const dueAt = new Date(now.getTime() + REJECTION_LETTER_DUE_MS);
  const letters = toWrite.map(({ contact, interview }) => {
    const text = renderLetter(
      template,
      rejectionLetterValues({
        recipientName: contact.name.trim() || null,
        company: rejection.application.company.name,
        role: rejection.application.role,
        senderName: user.name,
        timeZone: user.timeZone,
        rejection,
        interview,
      }),
    );
    return {
      userId,
      kind: "rejection_thank_you" as const,
      applicationId: rejection.applicationId,
      rejectionId: rejection.id,
      contactId: contact.id,
      recipientName: contact.name,
      recipientEmail: contact.email,
      subject: text.subject,
      body: text.body,
      templateId: template.id,
      status: "draft" as const,
      dueAt,
    };
  });
  await tx.letter.createMany({ data: letters });
  return letters;
}
