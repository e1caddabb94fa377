// A deleted contact goes to the trash: hidden from every reader, back as it was with Undo, gone
// for good after the retention period or with the account.
import { describe, expect, it } from "vitest";
import * as contactsRoute from "@/app/api/v1/contacts/route";
import { claimDueReminders } from "@/lib/jobs/claim-due-reminders";
import { purgeTrash, TRASH_RETENTION_DAYS } from "@/lib/jobs/purge-trash";
import { listRecentActivity } from "@/lib/server/activity/list-recent-activity";
import { listTimeline } from "@/lib/server/activity/list-timeline";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { getApplication } from "@/lib/server/applications/get-application";
import { calendarFeedForToken } from "@/lib/server/calendar/calendar-feed";
import { deleteContact } from "@/lib/server/contacts/delete-contact";
import { getContact } from "@/lib/server/contacts/get-contact";
import { getContactOption } from "@/lib/server/contacts/get-contact-option";
import { listContacts } from "@/lib/server/contacts/list-contacts";
import { restoreContact } from "@/lib/server/contacts/restore-contact";
import { searchContactOptions } from "@/lib/server/contacts/search-contact-options";
import { updateContact } from "@/lib/server/contacts/update-contact";
import { getKeepInTouch } from "@/lib/server/dashboard/get-keep-in-touch";
import { listComingUp } from "@/lib/server/dashboard/list-coming-up";
import { listUnfinishedRejections } from "@/lib/server/dashboard/list-unfinished-rejections";
import { exportAllJson } from "@/lib/server/export/export-all-json";
import { exportContactsCsv } from "@/lib/server/export/export-contacts-csv";
import { exportContactsVCard } from "@/lib/server/export/export-contacts-vcard";
import { exportFollowUpsCsv } from "@/lib/server/export/export-follow-ups-csv";
import { proposeRejectionPlan } from "@/lib/server/follow-up-plans/propose-follow-up-plan";
import { createFollowUp as createFollowUpFromForm } from "@/lib/server/follow-ups/create-follow-up";
import { listDueFollowUps } from "@/lib/server/follow-ups/list-due-follow-ups";
import { listFollowUpPage } from "@/lib/server/follow-ups/list-follow-up-page";
import { listFollowUps } from "@/lib/server/follow-ups/list-follow-ups";
import { logInteraction } from "@/lib/server/interactions/log-interaction";
import { listLetters } from "@/lib/server/letters/list-letters";
import { listLettersOwed } from "@/lib/server/letters/list-letters-owed";
import { addNote } from "@/lib/server/notes/add-note";
import { searchEverything } from "@/lib/server/search/search-everything";
import { deleteAccount } from "@/lib/server/users/delete-account";
import { createApiTokenSchema } from "@/lib/validation/api-token";
import { contactListQuerySchema, contactSchema } from "@/lib/validation/contact";
import { createApplication, createContact, createFollowUp, createInteraction, createInterview, createRejection, createUser } from "../factories";
import { db } from "../support/db";

const DAY = 86_400_000;
const notFound = { code: "NOT_FOUND" };

/** A contact with everything that hangs on them: interactions, a note, a timeline entry, an interview seat, a referral, follow-ups, letters. */
async function contactWithEverything() {
  const user = await createUser(db, { timeZone: "UTC" });
  const now = new Date();
  const contact = await createContact(db, user.id, {
    name: "Zelda Quinlan",
    email: "zelda@trashed.test",
    keepInTouchDays: 30,
    nextTouchAt: new Date(now.getTime() - DAY),
    lastInteractionAt: new Date(now.getTime() - 31 * DAY),
  });
  const bystander = await createContact(db, user.id, { name: "Yusuf Bystander", keepInTouchDays: 30, nextTouchAt: new Date(now.getTime() - DAY) });
  const application = await createApplication(db, user.id, { role: "Staff Engineer", referrerId: contact.id, status: "rejected" });
  const interview = await createInterview(db, user.id, application.id, { scheduledAt: new Date(now.getTime() + 2 * DAY) });
  await db.interviewInterviewer.create({ data: { userId: user.id, interviewId: interview.id, contactId: contact.id } });
  const rejection = await createRejection(db, user.id, application.id, { senderId: contact.id });
  const interaction = await createInteraction(db, user.id, contact.id, { kind: "call", notes: "Talked about the platform team", favour: "owed" });
  const note = await db.note.create({ data: { userId: user.id, contactId: contact.id, body: "Loves Zig and sourdough" } });
  await db.activity.create({ data: { userId: user.id, contactId: contact.id, kind: "interaction_logged", summary: "Called Zelda" } });
  const overdue = await createFollowUp(db, user.id, { title: "Thank Zelda", contactId: contact.id, applicationId: application.id, dueAt: new Date(now.getTime() - 2 * DAY) });
  const soon = await createFollowUp(db, user.id, { title: "Coffee with Zelda", contactId: contact.id, dueAt: new Date(now.getTime() + 2 * DAY), cadenceDays: 30, origin: "cadence" });
  const bystanders = await createFollowUp(db, user.id, { title: "Ping Yusuf", contactId: bystander.id, dueAt: new Date(now.getTime() - 2 * DAY) });
  const aboutNobody = await createFollowUp(db, user.id, { title: "Update the CV", dueAt: new Date(now.getTime() - 2 * DAY) });
  const letter = (status: "draft" | "sent") =>
    db.letter.create({
      data: { userId: user.id, kind: "rejection_thank_you", contactId: contact.id, rejectionId: rejection.id, applicationId: application.id, recipientName: "Zelda Quinlan", subject: `A ${status} letter`, body: "Thank you", status, dueAt: now },
    });
  const [draft, sent] = [await letter("draft"), await letter("sent")];
  return { user, now, contact, bystander, application, interview, rejection, interaction, note, overdue, soon, bystanders, aboutNobody, draft, sent };
}
type World = Awaited<ReturnType<typeof contactWithEverything>>;

/** Everything a user can see of a contact, reader by reader: each entry is true while the contact shows there. */
async function whereItShows({ user, now, contact, application, overdue, soon, draft }: World) {
  const ids = <T extends { id: string }>(rows: T[]) => rows.map((row) => row.id);
  const token = (await createApiToken(user.id, createApiTokenSchema.parse({ name: "test" }))).secret;
  const api = await contactsRoute.GET(new Request("http://localhost:3000/api/v1/contacts", { headers: { Authorization: `Bearer ${token}` } }), { params: Promise.resolve({}) });
  const calendarToken = (await db.user.findUniqueOrThrow({ where: { id: user.id } })).calendarToken;
  const plan = await proposeRejectionPlan(user.id, application.id);
  const applicationPage = await getApplication(user.id, application.id);
  const unfinished = await listUnfinishedRejections(user.id);
  const followUpPage = await listFollowUpPage(user.id, { now, timeZone: "UTC" });
  const keepInTouch = await getKeepInTouch(user.id, { before: now });
  return {
    contactPage: await getContact(user.id, contact.id).then(() => true, () => false),
    contactsList: ids((await listContacts(user.id, contactListQuerySchema.parse({ sort: "name" }))).rows).includes(contact.id),
    search: ids((await searchEverything(user.id, "Zelda")).contacts).includes(contact.id),
    picker: (await searchContactOptions(user.id, "zelda")).some((option) => option.value === contact.id),
    pickerChoice: (await getContactOption(user.id, contact.id)) !== null,
    keepInTouch: ids(keepInTouch.due).includes(contact.id),
    followUps: ids(Object.values((await listFollowUps(user.id, { now, timeZone: "UTC" })).groups).flat()).includes(overdue.id),
    followUpPage: ids(Object.values(followUpPage.groups).flat()).includes(overdue.id),
    dueToday: ids((await listDueFollowUps(user.id, { now, timeZone: "UTC" })).overdue).includes(overdue.id),
    comingUp: ids((await listComingUp(user.id, { from: now, to: new Date(now.getTime() + 7 * DAY) })).items).includes(soon.id),
    planPeople: plan.people.some((person) => person.id === contact.id) || plan.proposal.some((item) => item.contactId === contact.id),
    lettersToWrite: ids(await listLettersOwed(user.id)).includes(draft.id),
    letterDrafts: ids(await listLetters(user.id, { status: "draft" })).includes(draft.id),
    unfinishedLetters: unfinished.rejections.find((row) => row.applicationId === application.id)?.lettersToWrite === 1,
    recentActivity: (await listRecentActivity(user.id)).some((entry) => entry.contact?.id === contact.id),
    referrer: applicationPage.referrer?.id === contact.id,
    interviewer: applicationPage.interviews.some((interview) => interview.interviewers.some((seat) => seat.contact.id === contact.id)),
    apiV1: ((await api.json()) as { items: { id: string }[] }).items.some((item) => item.id === contact.id),
    calendar: (await calendarFeedForToken(calendarToken))!.includes("Coffee with Zelda"),
    contactsCsv: (await exportContactsCsv(user.id, { timeZone: "UTC" })).includes(contact.id),
    vCard: (await exportContactsVCard(user.id)).includes("Zelda Quinlan"),
    followUpsCsv: (await exportFollowUpsCsv(user.id, { timeZone: "UTC" })).includes("Thank Zelda"),
  };
}

const everywhere = (shown: boolean) => expect.objectContaining(Object.fromEntries(Object.keys(EVERY_READER).map((key) => [key, shown])));
const EVERY_READER: Record<keyof Awaited<ReturnType<typeof whereItShows>>, true> = {
  contactPage: true, contactsList: true, search: true, picker: true, pickerChoice: true, keepInTouch: true, followUps: true, followUpPage: true,
  dueToday: true, comingUp: true, planPeople: true, lettersToWrite: true, letterDrafts: true, unfinishedLetters: true, recentActivity: true,
  referrer: true, interviewer: true, apiV1: true, calendar: true, contactsCsv: true, vCard: true, followUpsCsv: true,
};

async function exportedContactIds(userId: string) {
  let text = "";
  for await (const chunk of exportAllJson(userId)) text += chunk;
  return (JSON.parse(text) as { data: { Contact: { id: string; deletedAt: string | null }[] } }).data.Contact;
}

describe("deleting a contact", () => {
  it("hides them from every reader, and Undo brings them back with everything attached, exactly as before", async () => {
    const world = await contactWithEverything();
    const { user, contact } = world;
    expect(await whereItShows(world)).toEqual(everywhere(true));
    const snapshot = async () => ({
      contact: await db.contact.findUniqueOrThrow({ where: { id: contact.id }, omit: { deletedAt: true, updatedAt: true } }),
      interactions: await db.interaction.findMany({ where: { contactId: contact.id } }),
      notes: await db.note.findMany({ where: { contactId: contact.id } }),
      activities: await db.activity.findMany({ where: { contactId: contact.id } }),
      seats: await db.interviewInterviewer.findMany({ where: { contactId: contact.id } }),
      // A reminder sweep running beside the suite may claim the restored follow-up: its bookkeeping is not compared.
      followUps: await db.followUp.findMany({ where: { contactId: contact.id }, orderBy: { id: "asc" }, omit: { remindedDueAt: true, leaseUntil: true, updatedAt: true } }),
      letters: await db.letter.findMany({ where: { contactId: contact.id }, orderBy: { id: "asc" } }),
      referred: await db.application.findMany({ where: { referrerId: contact.id } }),
      sent: await db.rejection.findMany({ where: { senderId: contact.id } }),
    });
    const before = await snapshot();

    await deleteContact(user.id, contact.id);
    expect(await whereItShows(world)).toEqual(everywhere(false));
    // The letter already sent stays the application's record.
    expect((await listLetters(user.id, { rejectionId: world.rejection.id })).map((letter) => letter.id)).toEqual([world.sent.id]);
    // The full account export keeps it, marked as in the trash (as it does applications).
    expect(await exportedContactIds(user.id)).toContainEqual(expect.objectContaining({ id: contact.id, deletedAt: expect.any(String) }));
    // Others, and follow-ups about nobody, are untouched.
    expect((await getKeepInTouch(user.id, { before: world.now })).due.map((row) => row.id)).toEqual([world.bystander.id]);
    const open = Object.values((await listFollowUps(user.id, { now: world.now, timeZone: "UTC" })).groups).flat();
    expect(open.map((row) => row.id).sort()).toEqual([world.bystanders.id, world.aboutNobody.id].sort());
    expect((await listDueFollowUps(user.id, { now: world.now, timeZone: "UTC" })).overdue.map((row) => row.id).sort()).toEqual([world.bystanders.id, world.aboutNobody.id].sort());

    await restoreContact(user.id, contact.id);
    expect(await whereItShows(world)).toEqual(everywhere(true));
    expect(await snapshot()).toEqual(before);
    expect((await getContact(user.id, contact.id)).notesList.map((note) => note.body)).toEqual(["Loves Zig and sourdough"]);
    expect((await listTimeline(user.id, { contactId: contact.id })).map((entry) => entry.summary)).toEqual(["Called Zelda"]);
  });

  it("does not remind about their follow-ups while in the trash, and does once they are back", async () => {
    const { user, contact, bystanders } = await contactWithEverything();
    await deleteContact(user.id, contact.id);
    // Written once the contact is in the trash: the claim crosses users, so the other files' sweeps
    // running beside this one see it too, and every one of them must leave it alone.
    const overdue = await createFollowUp(db, user.id, { title: "Write to Zelda", contactId: contact.id, dueAt: new Date(Date.now() - 2 * DAY) });
    await claimDueReminders(db, { now: new Date(), appUrl: "http://localhost:3000" });
    expect(await db.followUp.findUniqueOrThrow({ where: { id: overdue.id } })).toMatchObject({ remindedDueAt: null });
    expect(await db.notification.count({ where: { followUpId: overdue.id } })).toBe(0);
    expect((await db.followUp.findUniqueOrThrow({ where: { id: bystanders.id } })).remindedDueAt).not.toBeNull();

    await restoreContact(user.id, contact.id);
    await claimDueReminders(db, { now: new Date(), appUrl: "http://localhost:3000" });
    expect(await db.notification.count({ where: { followUpId: overdue.id } })).toBe(1);
  });

  it("refuses anything new about a contact in the trash: edits, interactions, notes, follow-ups", async () => {
    const { user, contact } = await contactWithEverything();
    await deleteContact(user.id, contact.id);
    await expect(updateContact(user.id, contact.id, contactSchema.parse({ name: "Renamed", role: "peer" }))).rejects.toMatchObject(notFound);
    await expect(logInteraction(user.id, { contactId: contact.id, kind: "email", occurredAt: new Date() })).rejects.toMatchObject(notFound);
    await expect(addNote(user.id, { contactId: contact.id }, { body: "more" })).rejects.toMatchObject(notFound);
    await expect(createFollowUpFromForm(user.id, { title: "Ping", dueAt: "2026-12-24T09:00", contactId: contact.id, applicationId: undefined, cadenceDays: undefined, notes: undefined })).rejects.toMatchObject(notFound);
    // Deleted twice is not found; restored twice too.
    await expect(deleteContact(user.id, contact.id)).rejects.toMatchObject(notFound);
    await restoreContact(user.id, contact.id);
    await expect(restoreContact(user.id, contact.id)).rejects.toMatchObject(notFound);
  });

  it("another user's contact can be neither deleted nor restored, and nothing changes", async () => {
    const { user, contact } = await contactWithEverything();
    const stranger = await createUser(db);
    const before = await db.contact.findUniqueOrThrow({ where: { id: contact.id } });
    await expect(deleteContact(stranger.id, contact.id)).rejects.toMatchObject(notFound);
    expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).toEqual(before);

    await deleteContact(user.id, contact.id);
    const trashed = await db.contact.findUniqueOrThrow({ where: { id: contact.id } });
    await expect(restoreContact(stranger.id, contact.id)).rejects.toMatchObject(notFound);
    expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).toEqual(trashed);
  });
});

describe("the trash", () => {
  it(`is purged after ${TRASH_RETENTION_DAYS} days: the contact with what hid with them; letters already sent stay on the application`, async () => {
    const world = await contactWithEverything();
    const { user, contact } = world;
    const recent = await createContact(db, user.id, { name: "Deleted yesterday", deletedAt: new Date(Date.now() - DAY) });
    const oldApplication = await createApplication(db, user.id, { deletedAt: new Date(Date.now() - (TRASH_RETENTION_DAYS + 1) * DAY) });
    await db.contact.update({ where: { id: contact.id }, data: { deletedAt: new Date(Date.now() - (TRASH_RETENTION_DAYS + 1) * DAY) } });

    await purgeTrash(db);
    expect(await db.contact.count({ where: { id: contact.id } })).toBe(0);
    expect(await db.interaction.count({ where: { id: world.interaction.id } })).toBe(0);
    expect(await db.note.count({ where: { id: world.note.id } })).toBe(0);
    expect(await db.followUp.count({ where: { id: { in: [world.overdue.id, world.soon.id] } } })).toBe(0);
    expect(await db.letter.count({ where: { id: world.draft.id } })).toBe(0);
    expect(await db.letter.findUniqueOrThrow({ where: { id: world.sent.id } })).toMatchObject({ contactId: null, recipientName: "Zelda Quinlan" });
    expect(await db.application.count({ where: { id: oldApplication.id } })).toBe(0);
    // Still in the retention period, and live rows: kept.
    expect(await db.contact.count({ where: { id: { in: [recent.id, world.bystander.id] } } })).toBe(2);
    expect(await db.followUp.count({ where: { id: world.bystanders.id } })).toBe(1);
    expect(await db.application.count({ where: { id: world.application.id } })).toBe(1);
    await expect(restoreContact(user.id, contact.id)).rejects.toMatchObject(notFound);
  });

  it("goes with the account", async () => {
    const { user, contact } = await contactWithEverything();
    await deleteContact(user.id, contact.id);
    await deleteAccount(user.id, user.email);
    expect(await db.contact.count({ where: { id: contact.id } })).toBe(0);
  });
});
