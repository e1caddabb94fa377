"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { revalidateRecordPage, runFormAction, runOneClick, runUndo, toId, toIds } from "@/lib/actions/form-action";
import { createContact } from "@/lib/server/contacts/create-contact";
import { deleteContact } from "@/lib/server/contacts/delete-contact";
import { restoreContact } from "@/lib/server/contacts/restore-contact";
import { mergeContacts } from "@/lib/server/contacts/merge-contacts";
import { updateContact } from "@/lib/server/contacts/update-contact";
import { logInteraction } from "@/lib/server/interactions/log-interaction";
import { addNote } from "@/lib/server/notes/add-note";
import { deleteNote } from "@/lib/server/notes/delete-note";
import { contactSchema, mergeContactsSchema } from "@/lib/validation/contact";
import { parseLocalDateTime } from "@/lib/validation/fields";
import { formDataToObject, type FormState } from "@/lib/validation/form";
import { logInteractionSchema } from "@/lib/validation/interaction";
import { noteSchema } from "@/lib/validation/note";

function revalidateContacts(contactId?: string) {
  revalidatePath("/contacts");
  revalidatePath("/dashboard");
  revalidateRecordPage("/contacts", contactId);
}

export async function createContactAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(contactSchema, formDataToObject(formData), (user, input) => createContact(user.id, input));
  if (!outcome.ok) return outcome.state;
  revalidateContacts();
  redirect(`/contacts/${outcome.value.id}`);
}

export async function updateContactAction(contactId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(contactSchema, formDataToObject(formData), (user, input) => updateContact(user.id, toId(contactId), input));
  if (!outcome.ok) return outcome.state;
  revalidateContacts(contactId);
  redirect(`/contacts/${contactId}`);
}

export async function deleteContactAction(contactId: string) {
  await runOneClick((userId) => deleteContact(userId, toId(contactId)));
  revalidateContacts(contactId);
  revalidateTouchedByContacts();
  redirect(`/contacts?deleted=${encodeURIComponent(contactId)}`);
}

/** The toast's "Undo" after Delete: the contact is back with everything attached. */
export async function undoDeleteContactAction(contactId: string): Promise<FormState> {
  return runUndo(
    (userId) => restoreContact(userId, toId(contactId)),
    () => {
      revalidateContacts(contactId);
      revalidateTouchedByContacts();
      return { ok: true, message: "Restored." };
    },
  );
}

/** A contact's delete and restore also show on the pages of their follow-ups, letters and applications. */
function revalidateTouchedByContacts() {
  revalidatePath("/follow-ups");
  revalidatePath("/letters");
  revalidatePath("/applications", "layout");
}

/** The interaction form's "When" is a local date and time in the user's zone. */
const interactionForm = (timeZone: string) =>
  z.preprocess((raw) => {
    const values = raw as Record<string, unknown>;
    const when = typeof values.occurredAt === "string" ? parseLocalDateTime(values.occurredAt, timeZone) : null;
    return { ...values, occurredAt: when ?? "invalid" };
  }, logInteractionSchema.omit({ contactId: true }));

export async function logInteractionAction(contactId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  // Blank optional fields mean "none" (the shared schema wants them absent).
  const raw: Record<string, string> = Object.fromEntries(Object.entries(formDataToObject(formData)).filter(([, value]) => value !== ""));
  const outcome = await runFormAction((user) => interactionForm(user.timeZone), raw, (user, input) =>
    logInteraction(user.id, { ...input, contactId: toId(contactId) }),
  );
  if (!outcome.ok) return outcome.state;
  revalidateContacts(contactId);
  return { ok: true, message: "Interaction logged." };
}

export async function addContactNoteAction(contactId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(noteSchema, formDataToObject(formData), (user, input) => addNote(user.id, { contactId: toId(contactId) }, input));
  if (!outcome.ok) return outcome.state;
  revalidateContacts(contactId);
  return { ok: true, message: "Note added." };
}

export async function deleteContactNoteAction(contactId: string, noteId: string) {
  await runOneClick((userId) => deleteNote(userId, toIds(contactId, noteId)[1]));
  revalidateContacts(contactId);
}

export async function mergeContactsAction(keepId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(mergeContactsSchema, formDataToObject(formData), (user, input) => mergeContacts(user.id, toId(keepId), input.duplicateId));
  if (!outcome.ok) return outcome.state;
  revalidateContacts(keepId);
  revalidatePath("/applications");
  return { ok: true, message: "Contacts merged: every link now points here." };
}
