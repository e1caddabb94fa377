import { z } from "zod";
import { localInputToUtc } from "../schedule/zoned";
import { SNOOZE_CHOICES, type SnoozeChoice } from "../schedule/reminders";
import { idSchema, optionalId } from "./fields";
import type { FormState } from "./form";

const optionalLink = optionalId.transform((value) => value ?? undefined);

const localDueAt = z
  .string({ error: "Enter when it is due" })
  .trim()
  .min(1, "Enter when it is due")
  .max(19, "Enter a date and time, like 2026-11-27 09:00")
  .refine((value) => localInputToUtc(value, "UTC") !== null, "Enter a real date and time, like 2026-11-27 09:00");

/**
 * The follow-up form. `dueAt` stays the wall-clock text the user typed: it only becomes an
 * instant in their time zone, which the domain function knows (see `followUpDueAt`).
 */
export const followUpSchema = z.strictObject({
  title: z.string({ error: "Say what to do" }).trim().min(1, "Say what to do").max(200, "Use at most 200 characters"),
  contactId: optionalLink,
  applicationId: optionalLink,
  dueAt: localDueAt,
  cadenceDays: z
    .string()
    .trim()
    .max(4, "Use a number of days between 1 and 365")
    .optional()
    .transform((value) => (value ? Number(value) : undefined))
    .refine((value) => value === undefined || (Number.isInteger(value) && value >= 1 && value <= 365), "Use a number of days between 1 and 365"),
  notes: z.string().trim().max(5000, "Use at most 5,000 characters").optional().transform((value) => value || undefined),
});
export type FollowUpInput = z.infer<typeof followUpSchema>;

export const SNOOZE_VALUES = Object.keys(SNOOZE_CHOICES) as [SnoozeChoice, ...SnoozeChoice[]];

export const snoozeSchema = z.union([
  z.strictObject({ id: idSchema, choice: z.enum(SNOOZE_VALUES, { error: "Choose how long to snooze" }) }),
  z.strictObject({ id: idSchema, choice: z.literal("until"), until: localDueAt }),
]);
export type SnoozeInput = z.infer<typeof snoozeSchema>;

const instant = z.iso.datetime().transform((value) => new Date(value));
const openStatus = z.enum(["pending", "snoozed"]);

/**
 * What undoing Done, Snooze or Dismiss needs: the state before, and the state the action left
 * (an undo is refused once the follow-up has changed since). Round-trips through the toast.
 */
export const followUpUndoSchema = z.discriminatedUnion("action", [
  z.strictObject({ action: z.literal("done"), id: idSchema, completedAt: instant, previousStatus: openStatus, nextId: idSchema.optional() }),
  z.strictObject({ action: z.literal("snooze"), id: idSchema, dueAt: instant, previousDueAt: instant, previousStatus: openStatus }),
  z.strictObject({ action: z.literal("dismiss"), id: idSchema, previousStatus: openStatus }),
  // Delete is a hard delete: the token carries the row, put back as it was (links re-checked).
  z.strictObject({
    action: z.literal("delete"),
    id: idSchema,
    row: z.strictObject({
      title: z.string().trim().min(1).max(200),
      notes: z.string().max(5000).nullable(),
      contactId: idSchema.nullable(),
      applicationId: idSchema.nullable(),
      rejectionId: idSchema.nullable(),
      dueAt: instant,
      cadenceDays: z.int().min(1).max(365).nullable(),
      status: z.enum(["pending", "snoozed", "done", "dismissed"]),
      origin: z.enum(["manual", "rejection_plan", "cadence", "decision_nudge"]),
      completedAt: instant.nullable(),
      remindedDueAt: instant.nullable(),
    }),
  }),
]);
/** The token as it travels (dates as ISO strings). */
export type FollowUpUndoToken = z.input<typeof followUpUndoSchema>;
export type FollowUpUndo = z.output<typeof followUpUndoSchema>;
/** A follow-up action's answer: on success, the token its toast's "Undo" sends back. */
export type UndoableFormState = FormState & { undo?: FollowUpUndoToken | null };
