import { z } from "zod";
import { formOf } from "./form";
import { INTERVIEW_KINDS, INTERVIEW_OUTCOMES } from "./pipeline-options";
import { idSchema, optionalText, parseLocalDateTime, requiredText, cleanString, optionalWholeNumber } from "./fields";
import { storableText } from "./fields";
import { INTERVIEWER_NOTE_MAX, NOTE_PREFIX } from "./interviewer-note";

export { INTERVIEW_KINDS, INTERVIEW_KIND_LABELS, INTERVIEW_OUTCOMES, INTERVIEW_OUTCOME_LABELS } from "./pipeline-options";

export const MAX_INTERVIEWERS = 20;

const newInterviewerSchema = z.strictObject({
  name: requiredText(200, "Enter each new interviewer's name"),
  email: cleanString()
    .trim()
    .max(254, "That email address is too long")
    .transform((value) => value.toLowerCase())
    .pipe(z.email("Enter a valid email for each new interviewer")),
  note: optionalText(INTERVIEWER_NOTE_MAX),
});

/**
 * The interview form. "Scheduled at" is a `datetime-local` value read in the user's time zone,
 * so the schema is made per user. Interviewers are existing contact ids and/or new people.
 */
export function interviewSchema(timeZone: string) {
  return z
    .strictObject({
      scheduledAt: cleanString({ error: "Enter when the interview is" })
        .trim()
        .min(1, "Enter when the interview is")
        .max(25, "Enter a date and time like 2026-11-26 14:30")
        .transform((value, ctx) => {
          const date = parseLocalDateTime(value, timeZone);
          if (!date) {
            ctx.addIssue({ code: "custom", message: "Enter a real date and time like 2026-11-26 14:30" });
            return z.NEVER;
          }
          return date;
        }),
      kind: z.enum(INTERVIEW_KINDS, { error: "Choose the kind of interview" }),
      round: optionalWholeNumber(1, 20, "Enter a round between 1 and 20"),
      notes: optionalText(10_000),
      outcome: z.enum(INTERVIEW_OUTCOMES, { error: "Choose an outcome" }).default("pending"),
      interviewerIds: z.array(idSchema).max(MAX_INTERVIEWERS, `Choose at most ${MAX_INTERVIEWERS} interviewers`).default([]),
      newInterviewers: z.array(newInterviewerSchema).max(MAX_INTERVIEWERS, `Add at most ${MAX_INTERVIEWERS} interviewers`).default([]),
      // Per chosen interviewer (by contact id): what you talked about.
      interviewerNotes: z
        .record(idSchema, optionalText(INTERVIEWER_NOTE_MAX))
        .refine((notes) => Object.keys(notes).length <= MAX_INTERVIEWERS, `Use at most ${MAX_INTERVIEWERS} interviewers`)
        .default({}),
    })
    .refine((input) => new Set(input.interviewerIds).size + input.newInterviewers.length <= MAX_INTERVIEWERS, {
      message: `Use at most ${MAX_INTERVIEWERS} interviewers`,
      path: ["interviewerIds"],
    });
}
export type InterviewInput = z.infer<ReturnType<typeof interviewSchema>>;

/** Reads the interview form, whose interviewer fields repeat, into the schema's shape. */
export function interviewFormToObject(sent: unknown) {
  const formData = formOf(sent);
  const result: Record<string, unknown> = {};
  for (const key of ["scheduledAt", "kind", "round", "notes", "outcome"]) {
    const value = formData.get(key);
    if (typeof value === "string") result[key] = storableText(value);
  }
  const known = new Set(["scheduledAt", "kind", "round", "notes", "outcome", "interviewerIds", "newInterviewerName", "newInterviewerEmail", "newInterviewerNote"]);
  const interviewerNotes: Record<string, string> = {};
  for (const key of formData.keys()) {
    const value = formData.get(key);
    if (key.startsWith(NOTE_PREFIX) && typeof value === "string") interviewerNotes[key.slice(NOTE_PREFIX.length)] = storableText(value);
    // Unknown fields reach the strict schema so that a smuggled `userId` is refused, not dropped.
    else if (!known.has(key) && !key.startsWith("$ACTION")) result[key] = value;
  }
  result.interviewerIds = formData.getAll("interviewerIds").filter((value): value is string => typeof value === "string" && value !== "");
  const names = formData.getAll("newInterviewerName").map(String).map(storableText);
  const emails = formData.getAll("newInterviewerEmail").map(String).map(storableText);
  const notes = formData.getAll("newInterviewerNote").map(String).map(storableText);
  result.newInterviewers = names
    .map((name, index) => ({ name, email: emails[index] ?? "", note: notes[index] ?? "" }))
    .filter((row) => row.name.trim() || row.email.trim());
  // Notes of people who are no longer chosen are dropped, not saved.
  const chosen = new Set(result.interviewerIds as string[]);
  result.interviewerNotes = Object.fromEntries(Object.entries(interviewerNotes).filter(([id]) => chosen.has(id)));
  return result;
}

export const interviewOutcomeSchema = z.strictObject({
  outcome: z.enum(INTERVIEW_OUTCOMES, { error: "Choose an outcome" }),
});
