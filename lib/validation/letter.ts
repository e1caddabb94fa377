import { z } from "zod";
import { requiredText } from "./fields";

export const LETTER_SUBJECT_MAX = 300;
export const LETTER_BODY_MAX = 20_000;

/** The letter editor: what the user wrote, whichever button they pressed. */
export const letterTextSchema = z.strictObject({
  subject: requiredText(LETTER_SUBJECT_MAX, "Write a subject line"),
  body: requiredText(LETTER_BODY_MAX, "Write the letter"),
});
export type LetterTextInput = z.output<typeof letterTextSchema>;

export const LETTER_INTENTS = ["save", "markSent", "send", "skip"] as const;
export type LetterIntent = (typeof LETTER_INTENTS)[number];

export const LETTER_STATUS_LABELS = { draft: "Draft", sent: "Sent", skipped: "Skipped" } as const;
