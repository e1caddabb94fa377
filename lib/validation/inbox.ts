import { z } from "zod";
import { optionalText } from "./fields";

/** "Paste an email": the message's source, as a mail program shows it ("Show original"). */
export const pasteEmailSchema = z.strictObject({
  source: z
    .string({ error: "Paste an email" })
    .trim()
    .min(1, "Paste an email: the whole message with its headers")
    // 512 kB: the headers and text of any message; attachments are not needed.
    .max(512 * 1024, "That is too long for one email: paste the message without its attachments, or upload the .eml file"),
  keepFullMessage: z
    .string()
    .max(5)
    .optional()
    .transform((value) => value === "on"),
});

/** Apply on a proposal. The company and role are only asked for when the application is new. */
export const applyProposalSchema = z.strictObject({
  company: optionalText(200),
  role: optionalText(200),
});
export type ApplyProposalInput = z.output<typeof applyProposalSchema>;

export const chooseApplicationSchema = z.strictObject({
  applicationId: z.string({ error: "Choose an application" }).trim().min(1, "Choose an application").max(64).regex(/^[\w-]+$/, "Choose an application"),
});
