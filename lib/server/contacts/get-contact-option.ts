import type { PickOption } from "../../validation/pick";
import { db } from "../../db";
import { LIVE_CONTACT } from "./trash";

/** One of the user's contacts as a picker's chosen value (a form starting on it); unknown or someone else's: null. */
export async function getContactOption(userId: string, contactId: string | null | undefined): Promise<PickOption | null> {
  if (!contactId) return null;
  const contact = await db.contact.findFirst({ where: { id: contactId, userId, ...LIVE_CONTACT }, select: { id: true, name: true, email: true } });
  return contact ? { value: contact.id, label: contact.name, detail: contact.email } : null;
}
