import { z } from "zod";
import { CONTACT_ROLES } from "./pipeline-options";
import { idSchema, optionalEmail, optionalHttpUrl, optionalText, requiredText, tagsSchema, cleanString, optionalWholeNumber } from "./fields";

export { CONTACT_ROLES, CONTACT_ROLE_LABELS, DEFAULT_CADENCE_DAYS, type ContactRole } from "./pipeline-options";

export const contactSchema = z.strictObject({
  name: requiredText(200, "Enter the contact's name"),
  // "Liz", "Dr Okafor", or 芳: how letters greet them, and how notes may name them.
  addressAs: optionalText(80),
  email: optionalEmail,
  phone: optionalText(50).refine((value) => value === null || /^[+\d\s().-]{3,50}$/.test(value), "Enter a phone number using digits, spaces and + ( ) -"),
  linkedinUrl: optionalHttpUrl,
  title: optionalText(200),
  company: optionalText(200),
  role: z.enum(CONTACT_ROLES, { error: "Choose the contact's role" }),
  howMet: optionalText(500),
  notes: optionalText(10_000),
  tags: tagsSchema,
  keepInTouchDays: optionalWholeNumber(1, 730, "Enter a number of days between 1 and 730"),
});
export type ContactInput = z.infer<typeof contactSchema>;

export const CONTACT_SORTS = ["lastInteraction", "nextTouch", "name"] as const;

export const contactListQuerySchema = z.object({
  role: z.enum(CONTACT_ROLES).optional().catch(undefined),
  tag: cleanString().trim().toLowerCase().max(40).optional().catch(undefined).transform((v) => v || undefined),
  q: cleanString().trim().max(200).optional().catch(undefined).transform((v) => v || undefined),
  sort: z.enum(CONTACT_SORTS).default("nextTouch").catch("nextTouch"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type ContactListQuery = z.infer<typeof contactListQuerySchema>;

export const mergeContactsSchema = z.strictObject({
  duplicateId: idSchema,
});
