import type { PickOption } from "../../validation/pick";
import { isIdShaped } from "../../validation/id";
import { db } from "../../db";
import { applicationOptionLabel } from "../applications/search-application-options";
import { getContactOption } from "../contacts/get-contact-option";

/** The contact and application a follow-up form starts on, as its pickers show them (the user's own only). */
export async function getFollowUpChoices(userId: string, { contactId, applicationId }: { contactId?: string | null; applicationId?: string | null }) {
  const [contact, application] = await Promise.all([
    isIdShaped(contactId) ? getContactOption(userId, contactId) : null,
    isIdShaped(applicationId)
      ? db.application.findFirst({ where: { id: applicationId, userId, deletedAt: null }, select: { id: true, role: true, company: { select: { name: true } } } })
      : null,
  ]);
  return { contact, application: application ? ({ value: application.id, label: applicationOptionLabel(application) } satisfies PickOption) : null };
}
