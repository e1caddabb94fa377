import { z } from "zod";
import { LETTER_AUDIENCES, LETTER_KINDS } from "../letters/built-in-templates";
import { templateProblem } from "../letters/render-template";
import { checkbox, requiredText } from "./fields";

const templateText = (max: number, missing: string) =>
  requiredText(max, missing).superRefine((value, ctx) => {
    const problem = templateProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem });
  });

/** The template editor: a copy of a built-in template, as the user rewrote it. */
export const templateSchema = z.strictObject({
  name: requiredText(120, "Give the template a name"),
  subject: templateText(300, "Write a subject line"),
  body: templateText(20_000, "Write the letter"),
  isDefault: checkbox,
});
export type TemplateInput = z.output<typeof templateSchema>;

export const letterKindSchema = z.enum(LETTER_KINDS, { error: "Unknown kind of letter" });
export const letterAudienceSchema = z.enum(LETTER_AUDIENCES, { error: "Unknown kind of recipient" });
