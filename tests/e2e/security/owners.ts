// Two users for the authorization tests: A owns one row of every owned model, B is the attacker.
import { randomBytes } from "node:crypto";
import { request as playwrightRequest, type APIRequestContext } from "@playwright/test";
import { Prisma } from "@prisma/client";
import {
  createApplication,
  createCompany,
  createContact,
  createFollowUp,
  createInboxProposal,
  createInteraction,
  createInterview,
  createRejection,
  createUser,
  DEFAULT_PASSWORD,
} from "../../factories";
import { e2eDb } from "../db";

export type OwnerIds = Awaited<ReturnType<typeof seedVictim>>;

/**
 * User A: one row in every model that carries a userId, plus the ids an attacker would aim at.
 * Given an existing user, seeds another such set of rows for them.
 */
export async function seedVictim(existing?: { id: string }) {
  const user = existing ? await e2eDb.user.findUniqueOrThrow({ where: { id: existing.id } }) : await createUser(e2eDb);
  const contact = await createContact(e2eDb, user.id);
  const contact2 = await createContact(e2eDb, user.id);
  // In the trash: what an Undo of a contact's Delete would put back.
  const deletedContact = await createContact(e2eDb, user.id, { deletedAt: new Date() });
  const application = await createApplication(e2eDb, user.id, { referrerId: contact.id });
  const openApplication = await createApplication(e2eDb, user.id, { companyId: application.companyId, status: "interviewing" });
  const deletedApplication = await createApplication(e2eDb, user.id, { companyId: application.companyId, deletedAt: new Date() });
  const interview = await createInterview(e2eDb, user.id, application.id, { interviewerIds: [contact.id] });
  // A company with no application, which may be deleted.
  const spareCompany = await createCompany(e2eDb, user.id);
  const rejection = await createRejection(e2eDb, user.id, application.id, { senderId: contact.id });
  const followUp = await createFollowUp(e2eDb, user.id, { contactId: contact.id, applicationId: application.id, rejectionId: rejection.id });
  // Dismissed: what an Undo of Dismiss would put back.
  const dismissedFollowUp = await createFollowUp(e2eDb, user.id, { contactId: contact.id, title: "Dismissed check-in", status: "dismissed" });
  const interaction = await createInteraction(e2eDb, user.id, contact.id, { favour: "owed" });
  const note = await e2eDb.note.create({ data: { userId: user.id, applicationId: application.id, body: "A's private note" } });
  const contactNote = await e2eDb.note.create({ data: { userId: user.id, contactId: contact.id, body: "A's note on a contact" } });
  await e2eDb.activity.create({ data: { userId: user.id, applicationId: application.id, kind: "created", summary: "created" } });
  const template = await e2eDb.template.create({ data: { userId: user.id, kind: "check_in", name: "A's template", subject: "Hi", body: "Hello" } });
  const letter = await e2eDb.letter.create({
    data: { userId: user.id, kind: "rejection_thank_you", contactId: contact.id, rejectionId: rejection.id, applicationId: application.id, subject: "Thanks", body: "Thank you" },
  });
  const skippedLetter = await e2eDb.letter.create({
    data: { userId: user.id, kind: "rejection_thank_you", contactId: contact.id, rejectionId: rejection.id, applicationId: application.id, subject: "Thanks", body: "Thank you", status: "skipped" },
  });
  const notification = await e2eDb.notification.create({ data: { userId: user.id, followUpId: followUp.id, title: "Due" } });
  // Already sent: a reminder worker running beside the suite must have nothing of A's to do.
  await e2eDb.delivery.create({ data: { userId: user.id, followUpId: followUp.id, channel: "email", dueAt: followUp.dueAt, status: "sent", sentAt: new Date() } });
  await e2eDb.authSession.create({ data: { userId: user.id, userAgent: "A's browser" } });
  // Matched to no application: Apply creates one, so the owner's Apply changes rows.
  const inboxProposal = await createInboxProposal(e2eDb, user.id, { subject: "A's rejection" });
  const apiToken = await e2eDb.apiToken.create({ data: { userId: user.id, name: "A's token", tokenHash: randomBytes(32).toString("hex"), prefix: "brg_aaaaaa" } });
  await e2eDb.apiIdempotencyKey.create({ data: { userId: user.id, key: `a-${apiToken.id}`, fingerprint: "f", status: 201, body: { id: application.id } } });
  return {
    userId: user.id,
    email: user.email,
    calendarToken: user.calendarToken!,
    companyId: application.companyId,
    companyName: (await e2eDb.company.findUniqueOrThrow({ where: { id: application.companyId } })).name,
    spareCompanyId: spareCompany.id,
    applicationId: application.id,
    openApplicationId: openApplication.id,
    deletedApplicationId: deletedApplication.id,
    contactId: contact.id,
    contactName: contact.name,
    contactEmail: contact.email!,
    contact2Id: contact2.id,
    deletedContactId: deletedContact.id,
    interviewId: interview.id,
    rejectionId: rejection.id,
    followUpId: followUp.id,
    dismissedFollowUpId: dismissedFollowUp.id,
    interactionId: interaction.id,
    noteId: note.id,
    contactNoteId: contactNote.id,
    templateId: template.id,
    inboxProposalId: inboxProposal.id,
    letterId: letter.id,
    skippedLetterId: skippedLetter.id,
    notificationId: notification.id,
    apiTokenId: apiToken.id,
  };
}

const ownedTables = () =>
  Prisma.dmmf.datamodel.models.filter((model) => model.fields.some((field) => field.name === "userId")).map((model) => model.dbName ?? model.name);

/** Per owned table (and the user's own row): how many rows, and all of them as text. One round trip. */
async function ownedRows(userId: string) {
  const parts = [
    // Less the data version, which every write moves (the page cache's counter, ADR 0022): not a change the user made.
    `SELECT 'User' AS "table", count(*)::int AS "count", coalesce(string_agg((to_jsonb(t) - 'dataVersion')::text, E'\\n' ORDER BY t::text), '') AS "rows" FROM "User" t WHERE t.id = $1`,
    ...ownedTables().map(
      (table) => `SELECT '${table}', count(*)::int, coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '') FROM "${table}" t WHERE t."userId" = $1`,
    ),
  ];
  return e2eDb.$queryRawUnsafe<{ table: string; count: number; rows: string }[]>(parts.join(" UNION ALL "), userId);
}

/** Every row a user owns (and their user row), to compare before and after an attack. */
export async function snapshotOf(userId: string) {
  return Object.fromEntries((await ownedRows(userId)).map((row) => [row.table, row.rows]));
}

/** How many rows of each owned table a user has. */
export async function ownedCounts(userId: string) {
  return Object.fromEntries((await ownedRows(userId)).map((row) => [row.table, row.count]));
}

/** The ids of A that appear anywhere in the rows user B owns: a cross-user link when not empty. */
export async function foreignIdsIn(userId: string, foreign: string[]) {
  const rows = JSON.stringify(await snapshotOf(userId));
  return foreign.filter((id) => rows.includes(id));
}

/** A's row ids, as they would show in a leak (and not B's e-mail or common words). */
export function leakableIds(a: OwnerIds): string[] {
  return [
    a.companyId,
    a.spareCompanyId,
    a.applicationId,
    a.openApplicationId,
    a.deletedApplicationId,
    a.contactId,
    a.contact2Id,
    a.deletedContactId,
    a.interviewId,
    a.rejectionId,
    a.followUpId,
    a.dismissedFollowUpId,
    a.interactionId,
    a.noteId,
    a.contactNoteId,
    a.templateId,
    a.inboxProposalId,
    a.letterId,
    a.skippedLetterId,
    a.notificationId,
    a.apiTokenId,
    a.calendarToken,
  ];
}

/** A fresh user with its own contact and application, signed in through Auth.js in its own context. */
export async function signedInAttacker(baseURL: string) {
  const user = await createUser(e2eDb);
  const contact = await createContact(e2eDb, user.id);
  const application = await createApplication(e2eDb, user.id);
  const request = await signedInContext(baseURL, user.email);
  return { userId: user.id, email: user.email, password: DEFAULT_PASSWORD, contactId: contact.id, applicationId: application.id, request };
}

/**
 * A request context from its own made-up address: its login attempts count against neither the
 * machine's address (shared with the other specs) nor anyone else's.
 */
export function anonymousContext(baseURL: string) {
  const ip = `198.51.100.${1 + (randomBytes(1)[0]! % 250)}, 203.0.113.${1 + (randomBytes(1)[0]! % 250)}`;
  return playwrightRequest.newContext({ baseURL, extraHTTPHeaders: { "X-Forwarded-For": ip } });
}

export async function signedInContext(baseURL: string, email: string, password = DEFAULT_PASSWORD): Promise<APIRequestContext> {
  const request = await anonymousContext(baseURL);
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", { form: { email, password, csrfToken }, maxRedirects: 0 });
  if (response.status() >= 400) throw new Error(`sign-in failed with ${response.status()}`);
  const session = await request.get("/api/auth/session");
  if (!((await session.json()) as { user?: unknown })?.user) throw new Error(`no session for ${email}`);
  return request;
}
