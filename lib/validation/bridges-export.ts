import {
  ActivityKind,
  ApplicationStatus,
  ContactRole,
  DeliveryChannel,
  DeliveryStatus,
  Favour,
  FollowUpOrigin,
  FollowUpStatus,
  InboxMailKind,
  InboxProposalStatus,
  InboxSource,
  InteractionKind,
  InterviewKind,
  InterviewOutcome,
  LetterAudience,
  LetterKind,
  LetterStatus,
  RejectionChannel,
  RejectionStage,
  WorkMode,
} from "@prisma/client";
import { z } from "zod";
import { isValidTimeZone } from "./auth";
import { cleanString } from "./fields";

// The full JSON export (lib/server/export/export-all-json.ts) read back for "Import a Bridges
// export": one strict schema per model, so a file that is not an export, or was edited into
// something the app would not write, is refused with the place it went wrong.

const text = cleanString();
const optionalText = text.nullable();
const texts = z.array(text);
const int = z.number().int().min(-2_147_483_648).max(2_147_483_647);
const moment = z.iso.datetime({ offset: true }).transform((value) => new Date(value));
const optionalMoment = moment.nullable();
/** An id as the file has it; the import gives every row a new one. */
const fileId = z.string().min(1).max(100);
const optionalFileId = fileId.nullable();

export const EXPORT_MODEL_SCHEMAS = {
  Company: z.strictObject({ id: fileId, name: text, website: optionalText, notes: optionalText, createdAt: moment, updatedAt: moment }),
  Contact: z.strictObject({
    id: fileId,
    name: text,
    addressAs: optionalText,
    email: optionalText,
    phone: optionalText,
    linkedinUrl: optionalText,
    title: optionalText,
    companyId: optionalFileId,
    role: z.enum(ContactRole),
    howMet: optionalText,
    notes: optionalText,
    tags: texts,
    lastInteractionAt: optionalMoment,
    keepInTouchDays: int.nullable(),
    nextTouchAt: optionalMoment,
    deletedAt: optionalMoment,
    createdAt: moment,
    updatedAt: moment,
  }),
  Application: z.strictObject({
    id: fileId,
    companyId: fileId,
    role: text,
    postingUrl: optionalText,
    location: optionalText,
    workMode: z.enum(WorkMode).nullable(),
    salaryRange: optionalText,
    source: optionalText,
    status: z.enum(ApplicationStatus),
    appliedOn: optionalMoment,
    decisionExpectedOn: optionalMoment,
    priority: int,
    notes: optionalText,
    postingDescription: optionalText,
    tags: texts,
    referrerId: optionalFileId,
    lastActivityAt: moment,
    deletedAt: optionalMoment,
    createdAt: moment,
    updatedAt: moment,
  }),
  Interview: z.strictObject({
    id: fileId,
    applicationId: fileId,
    kind: z.enum(InterviewKind),
    round: int.nullable(),
    scheduledAt: moment,
    durationMinutes: int,
    notes: optionalText,
    outcome: z.enum(InterviewOutcome),
    createdAt: moment,
    updatedAt: moment,
  }),
  InterviewInterviewer: z.strictObject({ interviewId: fileId, contactId: fileId, note: optionalText }),
  Rejection: z.strictObject({
    id: fileId,
    applicationId: fileId,
    receivedOn: moment,
    stageReached: z.enum(RejectionStage),
    stageRound: int.nullable(),
    channel: z.enum(RejectionChannel),
    senderId: optionalFileId,
    feedback: optionalText,
    closeSecond: z.boolean(),
    keepOnFile: z.boolean(),
    renewedInterest: z.boolean(),
    wantsReferrals: z.boolean(),
    createdAt: moment,
    updatedAt: moment,
  }),
  Interaction: z.strictObject({
    id: fileId,
    contactId: fileId,
    applicationId: optionalFileId,
    kind: z.enum(InteractionKind),
    occurredAt: moment,
    notes: optionalText,
    favour: z.enum(Favour).nullable(),
    createdAt: moment,
  }),
  Note: z.strictObject({ id: fileId, applicationId: optionalFileId, contactId: optionalFileId, body: text, createdAt: moment }),
  Activity: z.strictObject({ id: fileId, applicationId: optionalFileId, contactId: optionalFileId, kind: z.enum(ActivityKind), summary: text, occurredAt: moment }),
  Template: z.strictObject({
    id: fileId,
    kind: z.enum(LetterKind),
    audience: z.enum(LetterAudience),
    name: text,
    subject: text,
    body: text,
    isDefault: z.boolean(),
    createdAt: moment,
    updatedAt: moment,
  }),
  Letter: z.strictObject({
    id: fileId,
    kind: z.enum(LetterKind),
    applicationId: optionalFileId,
    rejectionId: optionalFileId,
    contactId: optionalFileId,
    recipientName: optionalText,
    recipientEmail: optionalText,
    audience: z.enum(LetterAudience),
    detail: optionalText,
    credited: z.boolean(),
    edited: z.boolean(),
    subject: text,
    body: text,
    templateId: optionalFileId,
    status: z.enum(LetterStatus),
    dueAt: optionalMoment,
    sentAt: optionalMoment,
    createdAt: moment,
    updatedAt: moment,
  }),
  FollowUp: z.strictObject({
    id: fileId,
    title: text,
    notes: optionalText,
    contactId: optionalFileId,
    applicationId: optionalFileId,
    rejectionId: optionalFileId,
    dueAt: moment,
    cadenceDays: int.nullable(),
    status: z.enum(FollowUpStatus),
    origin: z.enum(FollowUpOrigin),
    completedAt: optionalMoment,
    remindedDueAt: optionalMoment,
    leaseUntil: optionalMoment,
    createdAt: moment,
    updatedAt: moment,
  }),
  Notification: z.strictObject({ id: fileId, followUpId: optionalFileId, title: text, body: optionalText, url: optionalText, readAt: optionalMoment, createdAt: moment }),
  Delivery: z.strictObject({
    id: fileId,
    followUpId: optionalFileId,
    channel: z.enum(DeliveryChannel),
    dueAt: moment,
    status: z.enum(DeliveryStatus),
    attempts: int,
    nextAttemptAt: moment,
    lastError: optionalText,
    toAddress: optionalText,
    subject: optionalText,
    textBody: optionalText,
    htmlBody: optionalText,
    messageId: optionalText,
    sentAt: optionalMoment,
    createdAt: moment,
  }),
  InboxProposal: z.strictObject({
    id: fileId,
    messageId: text,
    source: z.enum(InboxSource),
    fromAddress: text,
    fromName: optionalText,
    replyTo: optionalText,
    subject: text,
    sentAt: moment,
    kind: z.enum(InboxMailKind),
    ats: optionalText,
    rule: text,
    ruleDescription: text,
    excerpt: text,
    feedback: optionalText,
    postingUrl: optionalText,
    applicationId: optionalFileId,
    candidateIds: z.array(fileId),
    matchReasons: texts,
    suggestedCompany: optionalText,
    suggestedRole: optionalText,
    requisitionId: optionalText,
    fullText: optionalText,
    status: z.enum(InboxProposalStatus),
    resolvedAt: optionalMoment,
    createdAt: moment,
    updatedAt: moment,
  }),
};

export type ImportedModel = keyof typeof EXPORT_MODEL_SCHEMAS;

/**
 * Exported but not imported: sessions belong to the browsers of the old account, API tokens'
 * secrets are never exported, idempotency keys only matter to the client that sent them, and a
 * mailbox's app password is never exported either (the user connects the mailbox again).
 */
export const NOT_IMPORTED_MODELS = ["AuthSession", "ApiToken", "ApiIdempotencyKey", "InboxMailbox"] as const;

/** The user's own settings, carried into the importing account (not their e-mail, name or secrets). */
const settingsSchema = z.object({
  timeZone: z.string().refine(isValidTimeZone, "is not a time zone"),
  digestEnabled: z.boolean(),
  digestHour: z.number().int().min(0).max(23),
  reminderMinutes: z.number().int().min(0).max(24 * 60 - 1),
  weekdaysOnly: z.boolean(),
  cadenceDefaults: z.record(z.string(), z.number().int().positive().max(3650)),
  checklistDismissedAt: optionalMoment,
});
export type ImportedSettings = z.infer<typeof settingsSchema>;

// Every row names its owner: the old account, replaced by the importing one. The rows' types
// matter to no one after this check (the import copies them as they are), so they stay `unknown`.
const dataShape: Record<string, z.ZodType> = {
  ...Object.fromEntries(Object.entries(EXPORT_MODEL_SCHEMAS).map(([name, schema]) => [name, z.array(schema.extend({ userId: fileId })).default([])])),
  ...Object.fromEntries(NOT_IMPORTED_MODELS.map((name) => [name, z.array(z.unknown()).optional()])),
};
const dataSchema = z.strictObject(dataShape);

export const bridgesExportSchema = z.object({
  format: z.literal("bridges-export", { error: "This file is not a Bridges export (Settings → Export → Everything, JSON)." }),
  version: z.literal(1, { error: "This export was made by another version of Bridges, which this one cannot read." }),
  exportedAt: z.string(),
  // Loose: the user's id, e-mail and name are in the file but belong to the old account.
  user: settingsSchema.loose(),
  data: dataSchema,
});
export type BridgesExport = z.infer<typeof bridgesExportSchema>;

/** The first problem of a file that is not a valid export, with where it is ("Application 3, status: …"). */
export function exportProblem(error: z.ZodError): string {
  const issue = error.issues[0]!;
  if (issue.path[0] === "format" || issue.path[0] === "version") return issue.message;
  const [section, model, index, field] = issue.path;
  const where =
    section === "data" && typeof index === "number"
      ? `${String(model)} ${index + 1}${field === undefined ? "" : `, ${String(field)}`}`
      : issue.path.map(String).join(".") || "the file";
  return `This export cannot be imported: ${where}: ${issue.message}`;
}
