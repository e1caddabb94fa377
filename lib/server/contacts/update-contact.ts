import { db } from "../../db";
import { notFound } from "../../errors";
import type { ContactInput } from "../../validation/contact";
import { findOrCreateCompany } from "../companies/find-or-create-company";
import { cadenceSettingsOf, cadenceSettingsSelect, contactCadence } from "./contact-cadence";
import { contactFields } from "./contact-fields";
import { LIVE_CONTACT } from "./trash";

export async function updateContact(userId: string, contactId: string, input: ContactInput) {
  return db.$transaction(async (tx) => {
    const current = await tx.contact.findFirst({
      where: { id: contactId, userId, ...LIVE_CONTACT },
      select: { id: true, lastInteractionAt: true, user: { select: cadenceSettingsSelect } },
    });
    if (!current) throw notFound("Contact");
    const company = input.company ? await findOrCreateCompany(userId, input.company, tx) : null;
    // A new cadence restarts the clock from the last interaction, not from today.
    const cadence = contactCadence(input.role, input.keepInTouchDays, current.lastInteractionAt, cadenceSettingsOf(current.user));
    await tx.contact.updateMany({
      where: { id: current.id, userId },
      data: { ...contactFields(input), companyId: company?.id ?? null, ...cadence },
    });
    return { id: current.id };
  });
}
