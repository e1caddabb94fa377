import { z } from "zod";
import { MAX_DETAIL } from "../letters/person-detail";
import { checkbox, optionalText, requiredText } from "./fields";

import { LETTER_BODY_MAX, LETTER_SUBJECT_MAX } from "./letter-limits";

export { LETTER_BODY_MAX, LETTER_SUBJECT_MAX } from "./letter-limits";

/** The letter editor: what the user wrote, whichever button they pressed. */
export const letterTextSchema = z.strictObject({
  subject: requiredText(LETTER_SUBJECT_MAX, "Write a subject line"),
  // Browsers post a textarea's line breaks as CRLF; the letter is stored as typed, with LF.
  body: requiredText(LETTER_BODY_MAX, "Write the letter").transform((body) => body.replace(/\r\n?/g, "\n")),
});
export type LetterTextInput = z.output<typeof letterTextSchema>;

/** A rejection letter's facts about its recipient, chosen in the letters step. */
export const letterFactsSchema = z.strictObject({
  detail: optionalText(MAX_DETAIL),
  credited: checkbox,
});
export type LetterFactsInput = z.output<typeof letterFactsSchema>;

/** The whole editor form: the text, and for a rejection letter its recipient's facts. */
export const letterFormSchema = z.strictObject({ ...letterTextSchema.shape, ...letterFactsSchema.shape });
export type LetterFormInput = z.output<typeof letterFormSchema>;

export const LETTER_INTENTS = ["save", "markSent", "send", "skip", "redraft"] as const;
export type LetterIntent = (typeof LETTER_INTENTS)[number];

export const LETTER_STATUS_LABELS = { draft: "Draft", sent: "Sent", skipped: "Skipped" } as const;
