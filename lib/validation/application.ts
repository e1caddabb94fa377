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

/** The application form. The company is typed by name: an existing one is reused, a new one created. */
export const applicationSchema = z.strictObject({
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
