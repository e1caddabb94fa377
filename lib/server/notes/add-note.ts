import { db } from "../../db";
import { notFound } from "../../errors";
import type { NoteInput } from "../../validation/note";
import { recordActivity } from "../activity/record-activity";
import { truncate } from "../../text";
import { LIVE_CONTACT } from "../contacts/trash";

type NoteSubject = { applicationId: string; contactId?: never } | { contactId: string; applicationId?: never };

/** A Markdown note on one of the user's applications or contacts. */
export async function addNote(userId: string, subject: NoteSubject, input: NoteInput) {
  return db.$transaction(async (tx) => {
    // Decide by which key was given, not by its truthiness: an empty id must be "not found",
    // never a note on no subject.
    if (subject.applicationId !== undefined) {
      const owned = await tx.application.count({ where: { id: subject.applicationId, userId, deletedAt: null } });
      if (!owned) throw notFound("Application");
    } else {
      const owned = await tx.contact.count({ where: { id: subject.contactId ?? "", userId, ...LIVE_CONTACT } });
      if (!owned) throw notFound("Contact");
    }
    const note = await tx.note.create({
      data: { userId, applicationId: subject.applicationId ?? null, contactId: subject.contactId ?? null, body: input.body },
      select: { id: true },
    });
    await recordActivity(userId, { kind: "note_added", ...subject, summary: `Note: ${excerpt(input.body)}` }, tx);
    return note;
  });
}

/** The note's first words as plain text, for the timeline. */
function excerpt(body: string) {
  const text = body.replace(/[#>*_`~[\]()!-]+/g, " ").replace(/\s+/g, " ").trim();
  return truncate(text, 80, "…") || "(formatting only)";
}
