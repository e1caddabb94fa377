import { db } from "../../db";
import type { ContactInput } from "../../validation/contact";
import { recordActivity } from "../activity/record-activity";
import { findOrCreateCompany } from "../companies/find-or-create-company";
import { contactCadence, parseCadenceDefaults } from "./contact-cadence";
import { contactFields } from "./contact-fields";

export async function createContact(userId: string, input: ContactInput) {
  return db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId }, select: { cadenceDefaults: true } });
    const company = input.company ? await findOrCreateCompany(userId, input.company, tx) : null;
    const contact = await tx.contact.create({
      data: {
        ...contactFields(input),
        userId,
        companyId: company?.id ?? null,
        ...contactCadence(input.role, input.keepInTouchDays, null, parseCadenceDefaults(user?.cadenceDefaults)),
      },
      select: { id: true, name: true },
    });
    await recordActivity(userId, { kind: "created", contactId: contact.id, summary: `Added ${contact.name}` }, tx);
    return contact;
  });
}
