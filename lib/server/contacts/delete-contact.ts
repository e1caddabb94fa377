import { db } from "../../db";
import { notFound } from "../../errors";

/**
 * Soft delete, as for applications: the contact, and the follow-ups and letters to write about
 * them, disappear everywhere; their interactions, notes and links wait untouched for an Undo
 * (restoreContact) until the purge removes them for good.
 */
export async function deleteContact(userId: string, contactId: string) {
  const { count } = await db.contact.updateMany({
    where: { id: contactId, userId, deletedAt: null },
    data: { deletedAt: new Date() },
  });
  if (!count) throw notFound("Contact");
}
