import { db } from "../../db";
import { notFound } from "../../errors";

/** The toast's Undo after Delete: the contact is back with everything attached, as it was. */
export async function restoreContact(userId: string, contactId: string) {
  const { count } = await db.contact.updateMany({
    where: { id: contactId, userId, deletedAt: { not: null } },
    data: { deletedAt: null },
  });
  if (!count) throw notFound("Contact");
}
