// QUALITY.md item 4 in volume: hostile input through every form's schema and, when it passes,
// through the domain function into Postgres. Nothing may throw anything but an AppError (which the
// actions turn into a message), every refusal names a field or says what is wrong, and a refusal
// leaves the user's rows as they were. tests/e2e/security/fuzz.spec.ts does a sample over HTTP.
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import type { z } from "zod";
import { isAppError } from "@/lib/errors";
import { createApplication } from "@/lib/server/applications/create-application";
import { updateCompany } from "@/lib/server/companies/update-company";
import { createContact } from "@/lib/server/contacts/create-contact";
import { createFollowUp } from "@/lib/server/follow-ups/create-follow-up";
import { snoozeFollowUp } from "@/lib/server/follow-ups/snooze-follow-up";
import { importRows } from "@/lib/server/import/import-rows";
import { logInteraction } from "@/lib/server/interactions/log-interaction";
import { addInterview } from "@/lib/server/interviews/add-interview";
import { updateLetter } from "@/lib/server/letters/update-letter";
import { addNote } from "@/lib/server/notes/add-note";
import { logRejection } from "@/lib/server/rejections/log-rejection";
import { updatePreferences } from "@/lib/server/settings/update-preferences";
import { updateTemplate } from "@/lib/server/templates/update-template";
import { updateProfile } from "@/lib/server/users/update-profile";
import { applicationSchema } from "@/lib/validation/application";
import { changePasswordSchema, deleteAccountSchema, logInSchema, profileSchema, signUpSchema } from "@/lib/validation/auth";
import { cadenceDefaultsSchema } from "@/lib/validation/cadence-defaults";
import { companySchema } from "@/lib/validation/company";
import { contactSchema, mergeContactsSchema } from "@/lib/validation/contact";
import { followUpSchema, snoozeSchema } from "@/lib/validation/follow-up";
import { acceptPlanSchema, planFormToObject } from "@/lib/validation/follow-up-plan";
import { fieldErrorsOf, formDataToObject } from "@/lib/validation/form";
import { importChunkSchema } from "@/lib/validation/import";
import { logInteractionSchema } from "@/lib/validation/interaction";
import { interviewFormToObject, interviewOutcomeSchema, interviewSchema } from "@/lib/validation/interview";
import { letterTextSchema } from "@/lib/validation/letter";
import { noteSchema } from "@/lib/validation/note";
import { mailboxSchema } from "@/lib/validation/inbox-mailbox";
import { logRejectionSchema } from "@/lib/validation/rejection";
import { preferencesSchema } from "@/lib/validation/settings";
import { templateSchema } from "@/lib/validation/template";
import { createApplication as seedApplication, createContact as seedContact, createFollowUp as seedFollowUp, createUser } from "../../factories";
import { HOSTILE_STRINGS } from "../../support/actions";
import { db } from "../../support/db";
import { delegateName, userOwnedModels } from "../../support/owned-models";

const hostileString = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_STRINGS) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 300 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 80 }) },
);

/** A form as a browser (or a forger) posts it: the known fields, each hostile or left out, maybe plus a smuggled one. */
function hostileForm(fields: readonly string[]) {
  return fc.record({
    values: fc.record(Object.fromEntries(fields.map((field) => [field, hostileString])), { requiredKeys: [] }),
    smuggled: fc.option(fc.constantFrom("userId", "id", "createdAt", "__proto__x"), { nil: undefined }),
  });
}

/** What an action does first: FormData → plain strings (the very function the actions use). */
function asPosted({ values, smuggled }: { values: Partial<Record<string, string>>; smuggled?: string }) {
  const formData = new FormData();
  for (const [key, value] of Object.entries(values)) if (value !== undefined) formData.append(key, value);
  if (smuggled) formData.append(smuggled, "someone-else");
  return formData;
}

type Check = { name: string; fields: readonly string[]; parse: (formData: FormData) => z.ZodSafeParseResult<unknown> };

const UTC = interviewSchema("UTC");
const FORMS: Check[] = [
  { name: "application", fields: Object.keys(applicationSchema.shape), parse: (f) => applicationSchema.safeParse(formDataToObject(f)) },
  { name: "company", fields: Object.keys(companySchema.shape), parse: (f) => companySchema.safeParse(formDataToObject(f)) },
  { name: "contact", fields: Object.keys(contactSchema.shape), parse: (f) => contactSchema.safeParse(formDataToObject(f)) },
  { name: "merge contacts", fields: ["duplicateId"], parse: (f) => mergeContactsSchema.safeParse(formDataToObject(f)) },
  { name: "follow-up", fields: Object.keys(followUpSchema.shape), parse: (f) => followUpSchema.safeParse(formDataToObject(f)) },
  { name: "snooze", fields: ["id", "choice", "until"], parse: (f) => snoozeSchema.safeParse(formDataToObject(f)) },
  { name: "note", fields: ["body"], parse: (f) => noteSchema.safeParse(formDataToObject(f)) },
  { name: "interaction", fields: Object.keys(logInteractionSchema.shape), parse: (f) => logInteractionSchema.safeParse(formDataToObject(f)) },
  {
    name: "interview",
    fields: ["scheduledAt", "kind", "round", "notes", "outcome", "interviewerIds", "newInterviewerName", "newInterviewerEmail"],
    parse: (f) => UTC.safeParse(interviewFormToObject(f)),
  },
  { name: "interview outcome", fields: ["outcome"], parse: (f) => interviewOutcomeSchema.safeParse(formDataToObject(f)) },
  {
    name: "rejection",
    fields: ["receivedOn", "stageReached", "stageRound", "channel", "senderId", "newSenderName", "newSenderEmail", "feedback", "closeSecond", "keepOnFile"],
    parse: (f) => logRejectionSchema.safeParse(formDataToObject(f)),
  },
  {
    name: "follow-up plan",
    fields: ["items.0.include", "items.0.kind", "items.0.title", "items.0.dueOn", "items.0.cadenceDays", "items.0.contactId", "items.1.dueOn"],
    parse: (f) => acceptPlanSchema.safeParse(planFormToObject(formDataToObject(f))),
  },
  { name: "letter", fields: ["subject", "body"], parse: (f) => letterTextSchema.safeParse(formDataToObject(f)) },
  { name: "template", fields: Object.keys(templateSchema.shape), parse: (f) => templateSchema.safeParse(formDataToObject(f)) },
  { name: "mailbox", fields: Object.keys(mailboxSchema.shape), parse: (f) => mailboxSchema.safeParse(formDataToObject(f)) },
  { name: "preferences", fields: Object.keys(preferencesSchema.shape), parse: (f) => preferencesSchema.safeParse(formDataToObject(f)) },
  { name: "cadence defaults", fields: Object.keys(cadenceDefaultsSchema.shape), parse: (f) => cadenceDefaultsSchema.safeParse(formDataToObject(f)) },
  { name: "sign up", fields: Object.keys(signUpSchema.shape), parse: (f) => signUpSchema.safeParse(formDataToObject(f)) },
  { name: "log in", fields: Object.keys(logInSchema.shape), parse: (f) => logInSchema.safeParse(formDataToObject(f)) },
  { name: "change password", fields: Object.keys(changePasswordSchema.shape), parse: (f) => changePasswordSchema.safeParse(formDataToObject(f)) },
  { name: "delete account", fields: ["confirmation"], parse: (f) => deleteAccountSchema.safeParse(formDataToObject(f)) },
  { name: "profile", fields: ["name"], parse: (f) => profileSchema.safeParse(formDataToObject(f)) },
];

describe("every form's schema, given hostile input", () => {
  it.each(FORMS)("$name: never throws, refuses with a message a person can act on, refuses smuggled fields", ({ fields, parse }) => {
    fc.assert(
      fc.property(hostileForm(fields), (form) => {
        const result = parse(asPosted(form));
        if (form.smuggled) expect(result.success, `${form.smuggled} was accepted`).toBe(false);
        if (result.success) return;
        const { fieldErrors, message } = fieldErrorsOf(result.error);
        expect(message.trim().length).toBeGreaterThan(0);
        for (const messages of Object.values(fieldErrors)) for (const text of messages) expect(text).toMatch(/\w{3,}/);
      }),
      { numRuns: 60 },
    );
  });
});

async function ownedCounts(userId: string) {
  const counts: Record<string, number> = {};
  for (const model of userOwnedModels()) {
    counts[model] = await (db as unknown as Record<string, { count: (args: unknown) => Promise<number> }>)[delegateName(model)]!.count({ where: { userId } });
  }
  return counts;
}

describe("hostile input that passes a schema, all the way to Postgres", () => {
  let user: { id: string };
  let ids: { applicationId: string; companyId: string; contactId: string; followUpId: string; letterId: string; templateId: string };

  beforeAll(async () => {
    user = await createUser(db);
    const contact = await seedContact(db, user.id);
    const application = await seedApplication(db, user.id);
    const followUp = await seedFollowUp(db, user.id);
    const template = await db.template.create({ data: { userId: user.id, kind: "check_in", name: "Mine", subject: "Hi", body: "Hello" } });
    const letter = await db.letter.create({ data: { userId: user.id, kind: "check_in", contactId: contact.id, subject: "Hi", body: "Hello" } });
    ids = { applicationId: application.id, companyId: application.companyId, contactId: contact.id, followUpId: followUp.id, letterId: letter.id, templateId: template.id };
  });

  // Each: a schema, and the domain call the action makes with what it parsed.
  const writes: { name: string; fields: readonly string[]; run: (formData: FormData) => Promise<unknown> | undefined }[] = [
    {
      name: "create application",
      fields: ["company", "role", "status", "postingUrl", "location", "notes", "tags", "appliedOn", "salaryRange"],
      run: (f) => withParsed(applicationSchema.safeParse({ company: "Acme", role: "Dev", status: "applied", ...formDataToObject(f) }), (input) => createApplication(user.id, input)),
    },
    {
      name: "update company",
      fields: Object.keys(companySchema.shape),
      run: (f) => withParsed(companySchema.safeParse({ name: "Acme", ...formDataToObject(f) }), (input) => updateCompany(user.id, ids.companyId, input)),
    },
    {
      name: "create contact",
      fields: ["name", "email", "phone", "linkedinUrl", "title", "company", "howMet", "notes", "tags"],
      run: (f) => withParsed(contactSchema.safeParse({ name: "Ana", role: "peer", ...formDataToObject(f) }), (input) => createContact(user.id, input)),
    },
    {
      name: "create follow-up",
      fields: ["title", "dueAt", "notes", "cadenceDays"],
      run: (f) => withParsed(followUpSchema.safeParse({ title: "Call", dueAt: "2026-12-01 09:00", ...formDataToObject(f) }), (input) => createFollowUp(user.id, input)),
    },
    {
      name: "snooze",
      fields: ["until"],
      run: (f) => withParsed(snoozeSchema.safeParse({ id: ids.followUpId, choice: "until", until: "2026-12-01 09:00", ...formDataToObject(f) }), (input) => snoozeFollowUp(user.id, input)),
    },
    {
      name: "note",
      fields: ["body"],
      run: (f) => withParsed(noteSchema.safeParse({ body: "hi", ...formDataToObject(f) }), (input) => addNote(user.id, { applicationId: ids.applicationId }, input)),
    },
    {
      name: "interaction",
      fields: ["notes", "occurredAt"],
      run: (f) =>
        withParsed(logInteractionSchema.safeParse({ contactId: ids.contactId, kind: "call", occurredAt: "2026-11-20", ...formDataToObject(f) }), (input) => logInteraction(user.id, input)),
    },
    {
      name: "interview",
      fields: ["scheduledAt", "notes", "round", "newInterviewerName", "newInterviewerEmail"],
      run: (f) => {
        const posted = interviewFormToObject(f);
        return withParsed(UTC.safeParse({ scheduledAt: "2026-12-03T14:30", kind: "technical", ...posted }), (input) => addInterview(user.id, ids.applicationId, input));
      },
    },
    {
      name: "rejection",
      fields: ["receivedOn", "newSenderName", "newSenderEmail", "feedback"],
      run: (f) =>
        withParsed(logRejectionSchema.safeParse({ receivedOn: "2026-11-20", stageReached: "final", channel: "email", ...formDataToObject(f) }), async (input) => {
          // A rejection per application: each run gets a fresh one.
          const application = await seedApplication(db, user.id);
          return logRejection(user.id, application.id, input);
        }),
    },
    {
      name: "letter",
      fields: ["subject", "body"],
      run: (f) => withParsed(letterTextSchema.safeParse({ subject: "Hi", body: "Hello", ...formDataToObject(f) }), (input) => updateLetter(user.id, ids.letterId, input)),
    },
    {
      name: "template",
      fields: ["name", "subject", "body"],
      run: (f) => withParsed(templateSchema.safeParse({ name: "T", subject: "Hi", body: "Hello", ...formDataToObject(f) }), (input) => updateTemplate(user.id, ids.templateId, input)),
    },
    {
      name: "preferences",
      fields: ["timeZone", "digestHour"],
      run: (f) => withParsed(preferencesSchema.safeParse({ timeZone: "UTC", digestHour: "8", reminderTime: "09:00", ...formDataToObject(f) }), (input) => updatePreferences(user.id, input)),
    },
    {
      name: "profile",
      fields: ["name"],
      run: (f) => withParsed(profileSchema.safeParse(formDataToObject(f)), (input) => updateProfile(user.id, input)),
    },
  ];

  function withParsed<T>(result: z.ZodSafeParseResult<T>, run: (input: T) => Promise<unknown>) {
    return result.success ? run(result.data) : undefined;
  }

  it.each(writes)("$name: saved whole or refused with an AppError, never half-saved", async ({ fields, run }) => {
    await fc.assert(
      fc.asyncProperty(hostileForm(fields), async ({ values }) => {
        const before = await ownedCounts(user.id);
        try {
          await run(asPosted({ values }));
        } catch (error) {
          if (!isAppError(error)) throw error;
          expect(await ownedCounts(user.id)).toEqual(before);
        }
      }),
      { numRuns: 15 },
    );
  });

  it("import chunks: hostile cells and mappings are reported per row, never a crash", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom("applications", "contacts"),
        fc.array(fc.array(hostileString, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 5 }),
        async (kind, rows) => {
          const chunk = importChunkSchema.safeParse({
            kind,
            mapping: kind === "applications" ? { company: 0, role: 1, appliedOn: 2 } : { name: 0, email: 1, linkedinUrl: 2 },
            rows,
            firstRowNumber: 2,
          });
          if (!chunk.success) return;
          const before = await ownedCounts(user.id);
          try {
            const summary = await importRows(user.id, chunk.data);
            expect(summary).toBeDefined();
          } catch (error) {
            if (!isAppError(error)) throw error;
            expect(await ownedCounts(user.id)).toEqual(before);
          }
        },
      ),
      { numRuns: 20 },
    );
  });
});
