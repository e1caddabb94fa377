import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { APPLICATION_STATUSES, WORK_MODES } from "./pipeline-options";
import { idSchema, optionalCalendarDate, optionalHttpUrl, optionalId, optionalText, requiredText, tagsSchema, cleanString } from "./fields";
export {
  APPLICATION_STATUSES,
  PRIORITY_LABELS,
  STATUS_LABELS,
  WORK_MODES,
  WORK_MODE_LABELS,
  type ApplicationStatus,
} from "./pipeline-options";

export const statusSchema = z.enum(APPLICATION_STATUSES, { error: "Choose a status" });

/** The application's fields without the cross-field date rules (which need the user's zone). */
export const applicationFields = z.strictObject({
  company: requiredText(200, "Enter the company's name"),
  role: requiredText(200, "Enter the role you applied for"),
  status: statusSchema,
  postingUrl: optionalHttpUrl,
  location: optionalText(200),
  workMode: z
    .enum([...WORK_MODES, ""], { error: "Choose on site, hybrid or remote" })
    .optional()
    .transform((value) => value || null),
  salaryRange: optionalText(100),
  source: optionalText(100),
  appliedOn: optionalCalendarDate,
  decisionExpectedOn: optionalCalendarDate,
  priority: z.coerce
    .number({ error: "Choose a priority" })
    .int("Choose a priority")
    .min(1, "Choose a priority")
    .max(3, "Choose a priority")
    .default(2),
  notes: optionalText(10_000),
  tags: tagsSchema,
  referrerId: optionalId,
  // The posting's text, saved when the application was clipped from it. Absent (as from the edit
  // form) keeps what was saved; blank clears it.
  postingDescription: cleanString()
    .trim()
    .max(50_000, "Use at most 50,000 characters")
    .optional()
    .transform((value) => (value === undefined ? undefined : value || null)),
});

/** Today's calendar day in `timeZone`, at UTC midnight like the `@db.Date` values it is compared with. */
function todayIn(timeZone: string): Date {
  const local = new TZDate(Date.now(), timeZone);
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

const DATE_FIELDS = new Set<PropertyKey>(["appliedOn", "decisionExpectedOn"]);

/**
 * The application form. The company is typed by name: an existing one is reused, a new one
 * created. An application cannot have been sent after today (in the user's time zone; without
 * one, today anywhere on Earth), nor be decided before it was sent.
 */
export function applicationSchemaFor(timeZone = "Pacific/Kiritimati") {
  return applicationFields
    .refine((input) => !input.appliedOn || input.appliedOn <= todayIn(timeZone), {
      path: ["appliedOn"],
      message: "That day is still to come: enter the day you sent the application",
      when: ({ issues }) => !issues.some((issue) => issue.path?.[0] === "appliedOn"),
    })
    .refine((input) => !input.appliedOn || !input.decisionExpectedOn || input.decisionExpectedOn >= input.appliedOn, {
      path: ["decisionExpectedOn"],
      message: "The decision cannot come before the day you applied: check both dates",
      when: ({ issues }) => !issues.some((issue) => DATE_FIELDS.has(issue.path?.[0] ?? "")),
    });
}

export const applicationSchema = applicationSchemaFor();
export type ApplicationInput = z.infer<typeof applicationSchema>;

export const APPLICATION_SORTS = ["appliedOn", "company", "status", "lastActivity"] as const;
export type ApplicationSort = (typeof APPLICATION_SORTS)[number];

/** The list's URL state (?status=&tag=&q=&sort=&dir=&page=): anything unknown falls back to defaults. */
export const applicationListQuerySchema = z.object({
  status: statusSchema.optional().catch(undefined),
  tag: cleanString().trim().toLowerCase().max(40).optional().catch(undefined).transform((v) => v || undefined),
  q: cleanString().trim().max(200).optional().catch(undefined).transform((v) => v || undefined),
  sort: z.enum(APPLICATION_SORTS).default("lastActivity").catch("lastActivity"),
  dir: z.enum(["asc", "desc"]).default("desc").catch("desc"),
  page: z.coerce.number().int().min(1).max(10_000).default(1).catch(1),
});
export type ApplicationListQuery = z.infer<typeof applicationListQuerySchema>;

export const moveApplicationSchema = z.strictObject({
  applicationId: idSchema,
  status: statusSchema,
});
