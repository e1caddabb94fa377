// One row in every user-owned model, for the tests that must prove an export (or an account
// deletion) covers them all. A model added to the schema without a seeder here fails those tests.
import type { Db } from "../../lib/db";
import { createApplication, createContact, createFollowUp, createInboxMailbox, createInboxProposal, createInteraction, createInterview, createRejection, createUser } from "../factories";

export async function seedEveryOwnedModel(db: Db, overrides: { companyName?: string } = {}) {
  const user = await createUser(db);
  const userId = user.id;
  const company = await db.company.create({ data: { userId, name: overrides.companyName ?? `Seeded Co ${userId}` } });
  const application = await createApplication(db, userId, { companyId: company.id });
  const contact = await createContact(db, userId, { companyId: company.id });
  const interview = await createInterview(db, userId, application.id, { interviewerIds: [contact.id] });
  const rejection = await createRejection(db, userId, application.id, { senderId: contact.id });
  const template = await db.template.create({ data: { userId, kind: "rejection_thank_you", name: "Mine", subject: "Thanks", body: "Thank you" } });
  // Done, so that a reminder sweep from a test running alongside never delivers it too.
  const followUp = await createFollowUp(db, userId, { contactId: contact.id, applicationId: application.id, rejectionId: rejection.id, status: "done", completedAt: new Date() });

  const seeders: Record<string, () => Promise<unknown>> = {
    AuthSession: () => db.authSession.create({ data: { userId, userAgent: "vitest" } }),
    Company: async () => company,
    Application: async () => application,
    Interview: async () => interview,
    InterviewInterviewer: async () => interview.interviewers[0],
    Rejection: async () => rejection,
    Contact: async () => contact,
    Interaction: () => createInteraction(db, userId, contact.id, { applicationId: application.id }),
    Note: () => db.note.create({ data: { userId, applicationId: application.id, body: "A note" } }),
    Activity: () => db.activity.create({ data: { userId, applicationId: application.id, kind: "created", summary: "Added" } }),
    Letter: () =>
      db.letter.create({
        data: { userId, kind: "rejection_thank_you", applicationId: application.id, rejectionId: rejection.id, contactId: contact.id, templateId: template.id, subject: "Thank you", body: "Dear…" },
      }),
    Template: async () => template,
    FollowUp: async () => followUp,
    Notification: () => db.notification.create({ data: { userId, followUpId: followUp.id, title: "Due" } }),
    Delivery: () => db.delivery.create({ data: { userId, followUpId: followUp.id, channel: "email", dueAt: followUp.dueAt } }),
    InboxProposal: () => createInboxProposal(db, userId, { applicationId: application.id }),
    InboxMailbox: () => createInboxMailbox(db, userId),
    ApiToken: () => db.apiToken.create({ data: { userId, name: "Seeded token", tokenHash: `seeded-token-hash-${userId}`, prefix: "brg_seeded" } }),
    ApiIdempotencyKey: () => db.apiIdempotencyKey.create({ data: { userId, key: "seeded-key", fingerprint: "f", status: 201, body: { id: "x" } } }),
  };
  for (const seed of Object.values(seeders)) await seed();
  return { user, seededModels: Object.keys(seeders) };
}
