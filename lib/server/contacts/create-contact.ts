import { db } from "../../db";
import type { ContactInput } from "../../validation/contact";
import { recordActivity } from "../activity/record-activity";
import { findOrCreateCompany } from "../companies/find-or-create-company";
import { contactCadence, userCadenceSettings } from "./contact-cadence";
import { contactFields } from "./contact-fields";

export async function createContact(userId: string, input: ContactInput) {
  return db.$transaction(async (tx) => {
    const cadenceSettings = await userCadenceSettings(tx, userId);
    const company = input.company ? await findOrCreateCompany(userId, input.company, tx) : null;
    const contact = await tx.contact.create({
      data: {
        ...contactFields(input),
        userId,
        companyId: company?.id ?? null,
        ...contactCadence(input.role, input.keepInTouchDays, null, cadenceSettings),
      },
      select: { id: true, name: true },
    });
    await recordActivity(userId, { kind: "created", contactId: contact.id, summary: `Added ${contact.name}` }, tx);
    return contact;
  });
}
