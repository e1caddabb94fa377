import type { ContactInput } from "../../validation/contact";

/** The form's own columns of a contact; company and cadence are resolved separately. */
export function contactFields(input: ContactInput) {
  return {
    name: input.name,
    addressAs: input.addressAs,
    email: input.email,
    phone: input.phone,
    linkedinUrl: input.linkedinUrl,
    title: input.title,
    role: input.role,
    howMet: input.howMet,
    notes: input.notes,
    tags: input.tags,
  };
}
