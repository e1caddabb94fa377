import { z } from "zod";
import { idSchema } from "./fields";

export const INTERACTION_KINDS = [
  "email",
  "call",
  "meeting",
  "message",
  "letter_sent",
  "reply_received",
  "referral_given",
  "referral_received",
  "intro_made",
] as const;

export const INTERACTION_KIND_LABELS: Record<(typeof INTERACTION_KINDS)[number], string> = {
  email: "Email",
  call: "Call",
  meeting: "Meeting",
  message: "Message",
  letter_sent: "Letter sent",
  reply_received: "Reply received",
  referral_given: "Referral given",
  referral_received: "Referral received",
  intro_made: "Intro made",
};

/** A timeline's sentence for a touch with someone: "Letter sent to Sofía Hernández". */
export function interactionSentence(kind: (typeof INTERACTION_KINDS)[number], name: string): string {
  const sentences: Record<(typeof INTERACTION_KINDS)[number], string> = {
    email: `Emailed with ${name}`,
    call: `Call with ${name}`,
    meeting: `Met ${name}`,
    message: `Messaged with ${name}`,
    letter_sent: `Letter sent to ${name}`,
    reply_received: `Reply received from ${name}`,
    referral_given: `Referral given to ${name}`,
    referral_received: `Referral received from ${name}`,
    intro_made: `Introduction made with ${name}`,
  };
  return sentences[kind];
}

export const FAVOURS = ["given", "received", "owed"] as const;

export const logInteractionSchema = z.strictObject({
  contactId: idSchema,
  applicationId: idSchema.optional(),
  kind: z.enum(INTERACTION_KINDS, { error: "Choose what kind of interaction it was" }),
  occurredAt: z.coerce.date({ error: "Enter a valid date" }),
  notes: z.string().trim().max(5000, "Use at most 5,000 characters").optional(),
  favour: z.enum(FAVOURS).optional(),
});
export type LogInteractionInput = z.infer<typeof logInteractionSchema>;
