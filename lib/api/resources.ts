import { z } from "zod";
import { APPLICATION_STATUSES, WORK_MODES } from "../validation/pipeline-options";
import { CONTACT_ROLES } from "../validation/contact";
import type { ApplicationDetail } from "../server/applications/get-application";
import type { ApplicationRow } from "../server/applications/list-applications";
import type { FollowUpListItem } from "../server/follow-ups/shared";
import type { DueGroup } from "../schedule/reminders";

// What the API answers with: plain JSON shapes, described once as zod schemas (for the OpenAPI
// document) and built from what the domain functions return.

const day = (date: Date | null) => (date ? date.toISOString().slice(0, 10) : null);
const calendarDay = z.string().meta({ format: "date", example: "2026-11-26" });
const instant = z.string().meta({ format: "date-time" });
const ref = z.object({ id: z.string(), name: z.string() });

export const applicationSummarySchema = z
  .object({
    id: z.string(),
    company: ref,
    role: z.string(),
    status: z.enum(APPLICATION_STATUSES),
    appliedOn: calendarDay.nullable(),
    lastActivityAt: instant,
    priority: z.number().int(),
    tags: z.array(z.string()),
  })
  .meta({ id: "ApplicationSummary" });

export const applicationResourceSchema = applicationSummarySchema
  .extend({
    postingUrl: z.string().nullable(),
    location: z.string().nullable(),
    workMode: z.enum(WORK_MODES).nullable(),
    salaryRange: z.string().nullable(),
    source: z.string().nullable(),
    decisionExpectedOn: calendarDay.nullable(),
    notes: z.string().nullable(),
    referrer: ref.nullable(),
    postingDescription: z.string().nullable(),
    rejectionId: z.string().nullable(),
    createdAt: instant,
    updatedAt: instant,
  })
  .meta({ id: "Application" });

export const contactSummarySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    email: z.string().nullable(),
    role: z.enum(CONTACT_ROLES),
    title: z.string().nullable(),
    company: ref.nullable(),
    tags: z.array(z.string()),
    lastInteractionAt: instant.nullable(),
    nextTouchAt: instant.nullable(),
  })
  .meta({ id: "Contact" });

export const followUpResourceSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    notes: z.string().nullable(),
    dueAt: instant,
    due: z.enum(["overdue", "today", "week", "later"]),
    status: z.string(),
    origin: z.string(),
    cadenceDays: z.number().int().nullable(),
    contact: ref.nullable(),
    application: z.object({ id: z.string(), role: z.string(), company: z.string() }).nullable(),
  })
  .meta({ id: "FollowUp" });

export const rejectionResultSchema = z
  .object({ id: z.string(), applicationId: z.string(), isNew: z.boolean(), lettersDrafted: z.number().int() })
  .meta({ id: "RejectionLogged" });

export const pageOf = <T extends z.ZodType>(item: T, id: string) =>
  z.object({ items: z.array(item), total: z.number().int(), page: z.number().int(), pageCount: z.number().int() }).meta({ id });

export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.record(z.string(), z.array(z.string())).optional(),
  })
  .meta({ id: "Problem", description: "RFC 9457 problem details" });

export function applicationSummary(row: ApplicationRow) {
  return { id: row.id, company: row.company, role: row.role, status: row.status, appliedOn: day(row.appliedOn), lastActivityAt: row.lastActivityAt, priority: row.priority, tags: row.tags };
}

export function applicationResource(application: ApplicationDetail) {
  return {
    id: application.id,
    company: { id: application.company.id, name: application.company.name },
    role: application.role,
    status: application.status,
    appliedOn: day(application.appliedOn),
    lastActivityAt: application.lastActivityAt,
    priority: application.priority,
    tags: application.tags,
    postingUrl: application.postingUrl,
    location: application.location,
    workMode: application.workMode,
    salaryRange: application.salaryRange,
    source: application.source,
    decisionExpectedOn: day(application.decisionExpectedOn),
    notes: application.notes,
    referrer: application.referrer,
    postingDescription: application.postingDescription,
    rejectionId: application.rejection?.id ?? null,
    createdAt: application.createdAt,
    updatedAt: application.updatedAt,
  };
}

export function followUpResource(item: FollowUpListItem, due: DueGroup) {
  return {
    id: item.id,
    title: item.title,
    notes: item.notes,
    dueAt: item.dueAt,
    due,
    status: item.status,
    origin: item.origin,
    cadenceDays: item.cadenceDays,
    contact: item.contact,
    application: item.application ? { id: item.application.id, role: item.application.role, company: item.application.company.name } : null,
  };
}

type ContactFields = {
  id: string;
  name: string;
  email: string | null;
  role: (typeof CONTACT_ROLES)[number];
  title: string | null;
  company: { id: string; name: string } | null;
  tags: string[];
  lastInteractionAt: Date | null;
  nextTouchAt: Date | null;
};

/** A contact as the list shows it (the list rows and a contact's page both carry these fields). */
export function contactResource(contact: ContactFields) {
  const { id, name, email, role, title, company, tags, lastInteractionAt, nextTouchAt } = contact;
  return { id, name, email, role, title, company, tags, lastInteractionAt, nextTouchAt };
}
