import { db, type Tx } from "../../db";
import { notFound } from "../../errors";
import { INTERVIEW_KIND_LABELS, type InterviewInput } from "../../validation/interview";
import { recordActivity } from "../activity/record-activity";
import { assertContactsOwned } from "../contacts/assert-contacts-owned";
import { contactCadence, userCadenceSettings } from "../contacts/contact-cadence";
import { LIVE_CONTACT } from "../contacts/trash";

/**
 * Schedules an interview on an application. Interviewers are the user's contacts; people typed
 * in by name and e-mail become contacts (or are matched to an existing one by e-mail).
 */
export async function addInterview(userId: string, applicationId: string, input: InterviewInput) {
  return db.$transaction(async (tx) => {
    const application = await tx.application.findFirst({
      where: { id: applicationId, userId, deletedAt: null },
      select: { id: true, role: true, companyId: true, company: { select: { name: true } } },
    });
    if (!application) throw notFound("Application");
    await assertContactsOwned(userId, input.interviewerIds, tx);
    const created = await findOrCreateInterviewers(userId, application.companyId, input.newInterviewers, tx);
    const interviewerIds = [...new Set([...input.interviewerIds, ...created])];
    const notes = interviewerNotesById(input, created);

    const interview = await tx.interview.create({
      data: {
        userId,
        applicationId: application.id,
        kind: input.kind,
        round: input.round,
        scheduledAt: input.scheduledAt,
        notes: input.notes,
        outcome: input.outcome,
        interviewers: { create: interviewerIds.map((contactId) => ({ userId, contactId, note: notes.get(contactId) ?? null })) },
      },
      select: { id: true, interviewers: { select: { contact: { select: { id: true, name: true } } } } },
    });
    const names = interview.interviewers.map((row) => row.contact.name);
    const kind = INTERVIEW_KIND_LABELS[input.kind];
    await recordActivity(
      userId,
      { kind: "interview_added", applicationId: application.id, summary: `${kind} interview added${names.length ? ` with ${names.join(", ")}` : ""}` },
      tx,
    );
    for (const { contact } of interview.interviewers) {
      await recordActivity(
        userId,
        { kind: "interview_added", contactId: contact.id, summary: `${kind} interview for ${application.role} at ${application.company.name}` },
        tx,
      );
    }
    return { id: interview.id };
  });
}

/** What the user talked about with each interviewer, by contact id (new people by their row). */
export function interviewerNotesById(input: InterviewInput, createdIds: string[]): Map<string, string | null> {
  const notes = new Map<string, string | null>(Object.entries(input.interviewerNotes));
  createdIds.forEach((id, index) => {
    const note = input.newInterviewers[index]?.note;
    if (note) notes.set(id, note);
  });
  return notes;
}

/** Contacts for the people typed in, in the same order (an e-mail already known is reused). */
export async function findOrCreateInterviewers(userId: string, companyId: string, people: InterviewInput["newInterviewers"], tx: Tx) {
  if (!people.length) return [];
  const cadenceSettings = await userCadenceSettings(tx, userId);
  const ids: string[] = [];
  for (const person of people) {
    const existing = await tx.contact.findFirst({
      where: { userId, ...LIVE_CONTACT, email: { equals: person.email, mode: "insensitive" } },
      select: { id: true },
    });
    if (existing) {
      ids.push(existing.id);
      continue;
    }
    const contact = await tx.contact.create({
      data: { userId, name: person.name, email: person.email, role: "interviewer", companyId, ...contactCadence("interviewer", null, null, cadenceSettings) },
      select: { id: true, name: true },
    });
    await recordActivity(userId, { kind: "created", contactId: contact.id, summary: `Added ${contact.name} as an interviewer` }, tx);
    ids.push(contact.id);
  }
  return ids;
}
