import type { InterviewKind, LetterAudience } from "@prisma/client";
import { db, type Tx } from "../../db";
import { AppError, notFound } from "../../errors";
import { rejectionLetterValues } from "../../letters/letter-values";
import { detailFromNotes, tidyLine, type NamedPerson } from "../../letters/person-detail";
import { renderLetter } from "../../letters/render-template";
import { daysFrom } from "../../schedule/working-hours";
import type { LetterFormInput } from "../../validation/letter";
import { employerSide } from "../applications/employer-side";
import { userWorkingHours } from "../follow-ups/shared";
import { resolveTemplate, type ResolvedTemplate } from "../templates/resolve-template";
import { updateLetter } from "./update-letter";
import { LIVE_CONTACT, unlessTrashed } from "../contacts/trash";

type Person = NamedPerson & { email: string | null; role: string };
type Recipient = {
  contact: Person;
  audience: LetterAudience;
  // Their latest interview with the user, for its date.
  interview: { scheduledAt: Date; kind: InterviewKind } | null;
  // What the letter says by default, before the user has a say.
  detail: string | null;
  credited: boolean;
};

const personSelect = { id: true, name: true, addressAs: true, email: true, role: true, deletedAt: true } as const;

async function loadRejection(userId: string, rejectionId: string, tx: Tx) {
  const rejection = await tx.rejection.findFirst({
    where: { id: rejectionId, userId },
    select: {
      id: true,
      applicationId: true,
      stageReached: true,
      stageRound: true,
      closeSecond: true,
      renewedInterest: true,
      keepOnFile: true,
      feedback: true,
      sender: { select: personSelect },
      application: {
        select: {
          role: true,
          company: { select: { name: true } },
          referrer: { select: personSelect },
          interviews: {
            orderBy: { scheduledAt: "desc" },
            select: { scheduledAt: true, kind: true, notes: true, interviewers: { where: { contact: LIVE_CONTACT }, select: { note: true, contact: { select: personSelect } } } },
          },
        },
      },
    },
  });
  if (!rejection) throw notFound("Rejection");
  const user = await tx.user.findFirst({ where: { id: userId }, select: { name: true, timeZone: true } });
  if (!user) throw notFound("User");
  // Nobody in the trash is written to.
  const { sender, application } = rejection;
  return { rejection: { ...rejection, sender: unlessTrashed(sender), application: { ...application, referrer: unlessTrashed(application.referrer) } }, user };
}
type LoadedRejection = Awaited<ReturnType<typeof loadRejection>>;

/**
 * Everyone worth thanking for one rejection, in a stable order (which also gives each letter its
 * phrasing): the sender of the decision, the hiring manager, the other interviewers (latest
 * interview first), and the referrer, who hears how it turned out. Each with what is true of
 * them: their own note or a clause that names them alone, and whether they are the one who gave
 * the feedback and offers (by default the sender).
 */
function recipientsOf({ rejection }: LoadedRejection): Recipient[] {
  const { application, sender } = rejection;
  const interviewed = new Map<string, { contact: Person; interview: Recipient["interview"]; note: string | null }>();
  for (const interview of application.interviews) {
    for (const { contact, note } of interview.interviewers) {
      const seen = interviewed.get(contact.id);
      if (!seen) interviewed.set(contact.id, { contact, interview: { scheduledAt: interview.scheduledAt, kind: interview.kind }, note: tidyLine(note) });
      else if (!seen.note && note) seen.note = tidyLine(note);
    }
  }
  const people = employerSide(application, sender);
  const notes = application.interviews.map((interview) => ({ notes: interview.notes, interviewerIds: interview.interviewers.map(({ contact }) => contact.id) }));
  const detailFor = (person: Person) => {
    const own = interviewed.get(person.id)?.note;
    if (own) return own;
    // Their own interviews' notes first.
    const theirs = [...notes].sort((a, b) => Number(b.interviewerIds.includes(person.id)) - Number(a.interviewerIds.includes(person.id)));
    return detailFromNotes(theirs, person, people);
  };

  const recipients: Recipient[] = [];
  const add = (contact: Person, audience: LetterAudience) => {
    if (recipients.some((recipient) => recipient.contact.id === contact.id)) return;
    recipients.push({ contact, audience, interview: interviewed.get(contact.id)?.interview ?? null, detail: detailFor(contact), credited: contact.id === sender?.id });
  };
  // The employer side, in the order that gives each letter its phrasing: the sender, the hiring
  // manager, the other interviewers, the referrer.
  const isInterviewer = (person: Person) => interviewed.has(person.id);
  if (sender) add(sender, "sender");
  for (const contact of people.filter(isInterviewer)) if (contact.role === "hiring_manager") add(contact, "hiring_manager");
  for (const contact of people.filter(isInterviewer)) add(contact, "interviewer");
  if (application.referrer) add(application.referrer, "referrer");
  return recipients.filter(({ contact }) => contact.name.trim() || contact.email);
}

type Templates = Map<LetterAudience, ResolvedTemplate>;

async function templatesFor(userId: string, audiences: LetterAudience[], tx: Tx): Promise<Templates> {
  const unique = [...new Set(audiences)];
  const resolved = await Promise.all(unique.map((audience) => resolveTemplate(userId, "rejection_thank_you", tx, audience)));
  return new Map(unique.map((audience, index) => [audience, resolved[index]!]));
}

function compose(loaded: LoadedRejection, recipient: Recipient, facts: { detail: string | null; credited: boolean }, template: ResolvedTemplate, variant: number) {
  const { rejection, user } = loaded;
  return renderLetter(
    template,
    rejectionLetterValues({
      recipient: { name: recipient.contact.name.trim() || null, addressAs: recipient.contact.addressAs },
      audience: recipient.audience,
      credited: facts.credited,
      detail: facts.detail,
      company: rejection.application.company.name,
      role: rejection.application.role,
      senderName: user.name,
      timeZone: user.timeZone,
      rejection,
      interview: recipient.interview,
    }),
    variant,
  );
}

/**
 * One draft thank-you per person worth thanking for this rejection, each saying only what is
 * true of its recipient. Logging the rejection again (an edit) adds letters for someone new and
 * re-drafts the drafts the user has not touched, with the facts they chose; a letter the user
 * edited, sent or skipped is never rewritten.
 */
export async function draftRejectionLetters(userId: string, rejectionId: string, tx: Tx, now = new Date()) {
  const loaded = await loadRejection(userId, rejectionId, tx);
  const recipients = recipientsOf(loaded);
  if (!recipients.length) return [];
  const existing = await tx.letter.findMany({
    where: { userId, rejectionId, kind: "rejection_thank_you" },
    select: { id: true, contactId: true, status: true, edited: true, detail: true, credited: true },
  });
  const templates = await templatesFor(userId, recipients.map((recipient) => recipient.audience), tx);
  // A thank-you is worth most while the conversation is fresh: due the next working day, at the reminder time.
  const dueAt = daysFrom(now, 1, await userWorkingHours(tx, userId));

  const created = [];
  for (const [variant, recipient] of recipients.entries()) {
    const template = templates.get(recipient.audience)!;
    const letter = existing.find((row) => row.contactId === recipient.contact.id);
    if (letter) {
      if (letter.status !== "draft" || letter.edited) continue;
      const text = compose(loaded, recipient, letter, template, variant);
      await tx.letter.updateMany({ where: { id: letter.id, userId, status: "draft", edited: false }, data: { ...text, audience: recipient.audience, templateId: template.id } });
      continue;
    }
    const text = compose(loaded, recipient, recipient, template, variant);
    created.push({
      userId,
      kind: "rejection_thank_you" as const,
      applicationId: loaded.rejection.applicationId,
      rejectionId,
      contactId: recipient.contact.id,
      recipientName: recipient.contact.name,
      recipientEmail: recipient.contact.email,
      audience: recipient.audience,
      detail: recipient.detail,
      credited: recipient.credited,
      subject: text.subject,
      body: text.body,
      templateId: template.id,
      status: "draft" as const,
      dueAt,
    });
  }
  if (created.length) await tx.letter.createMany({ data: created });
  return created;
}

/**
 * The letters step: the user's personal line for one person, and whether that person gave the
 * feedback / offers. Saved on the letter; its text is re-drafted from them unless the user has
 * edited it, saved or not (then their words stay, and `redrafted` is false).
 */
export async function redraftRejectionLetter(userId: string, letterId: string, input: LetterFormInput) {
  return db.$transaction(async (tx) => {
    const letter = await tx.letter.findFirst({
      where: { id: letterId, userId, kind: "rejection_thank_you" },
      select: { id: true, rejectionId: true, contactId: true, status: true, edited: true },
    });
    if (!letter) throw notFound("Letter");
    if (letter.status !== "draft") throw new AppError("CONFLICT", "This letter has already been sent or skipped.");
    const { changed } = await updateLetter(userId, letterId, input, tx);
    if (changed || letter.edited || !letter.rejectionId || !letter.contactId) return { redrafted: false };
    const saved = { detail: tidyLine(input.detail), credited: input.credited };
    const loaded = await loadRejection(userId, letter.rejectionId, tx);
    const recipients = recipientsOf(loaded);
    const variant = recipients.findIndex((recipient) => recipient.contact.id === letter.contactId);
    const recipient = recipients[variant];
    if (!recipient) return { redrafted: false };
    const template = (await templatesFor(userId, [recipient.audience], tx)).get(recipient.audience)!;
    const text = compose(loaded, recipient, saved, template, variant);
    await tx.letter.updateMany({ where: { id: letter.id, userId, status: "draft" }, data: { ...text, audience: recipient.audience, templateId: template.id } });
    return { redrafted: true };
  });
}
