import { db } from "../../db";
import { notFound } from "../../errors";

/** Deletes a contact with their interactions and notes; applications and letters keep existing. */
export async function deleteContact(userId: string, contactId: string) {
  const { count } = await db.contact.deleteMany({ where: { id: contactId, userId } });
  if (!count) throw notFound("Contact");
}
