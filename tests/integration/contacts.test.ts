import { describe, expect, it } from "vitest";
import { nextCadenceDue } from "@/lib/schedule/reminders";
import { listTimeline } from "@/lib/server/activity/list-timeline";
import { createContact } from "@/lib/server/contacts/create-contact";
import { deleteContact } from "@/lib/server/contacts/delete-contact";
import { getContact } from "@/lib/server/contacts/get-contact";
import { listContacts } from "@/lib/server/contacts/list-contacts";
import { mergeContacts } from "@/lib/server/contacts/merge-contacts";
import { updateContact } from "@/lib/server/contacts/update-contact";
import { logInteraction } from "@/lib/server/interactions/log-interaction";
import { contactListQuerySchema, contactSchema } from "@/lib/validation/contact";
import {
  createApplication,
  createContact as seedContact,
  createFollowUp,
  createInteraction,
  createInterview,
  createRejection,
  createUser,
} from "../factories";
import { db } from "../support/db";

const form = (overrides: Record<string, string> = {}) =>
  contactSchema.parse({ name: "Ana Alvarez", email: "Ana@Example.com", role: "recruiter", company: "Globex", tags: "fintech, Mentor", ...overrides });
const query = (raw: Record<string, string> = {}) => contactListQuerySchema.parse(raw);
const notFound = { code: "NOT_FOUND" };
const DAY = 24 * 3600 * 1000;

describe("contacts", () => {
  it("creates a contact with the role's default cadence, or the one chosen", async () => {
    const user = await createUser(db);
    const recruiter = await getContact(user.id, (await createContact(user.id, form())).id);
    expect(recruiter).toMatchObject({ email: "ana@example.com", keepInTouchDays: 60, tags: ["fintech", "mentor"], company: { name: "Globex" } });
    expect(recruiter.nextTouchAt!.getTime() - Date.now()).toBeGreaterThan(59 * DAY);

    const chosen = await getContact(user.id, (await createContact(user.id, form({ name: "Ben", keepInTouchDays: "14" }))).id);
    expect(chosen.keepInTouchDays).toBe(14);
  });

  it("restarts the clock from the last interaction when the cadence changes", async () => {
    const user = await createUser(db);
    const { id } = await createContact(user.id, form());
    const lastWeek = new Date(Date.now() - 7 * DAY);
    await logInteraction(user.id, { contactId: id, kind: "call", occurredAt: lastWeek });
    await updateContact(user.id, id, form({ keepInTouchDays: "30" }));
    const contact = await getContact(user.id, id);
    expect(contact.lastInteractionAt).toEqual(lastWeek);
    // 30 days after that day, at 09:00 on a weekday in London (the user's default working hours).
    expect(contact.nextTouchAt).toEqual(nextCadenceDue(lastWeek, 30, { timeZone: "Europe/London", reminderMinutes: 540, weekdaysOnly: true }));
    expect((await listTimeline(user.id, { contactId: id })).map((entry) => entry.kind)).toEqual(["created", "interaction_logged"]); // back-dated: older than the contact itself
  });

  it("lists with search, role, tag and sort by next touch", async () => {
    const user = await createUser(db);
    await seedContact(db, user.id, { name: "Zoe Later", role: "peer", nextTouchAt: new Date(Date.now() + 9 * DAY), tags: ["mentor"] });
    await seedContact(db, user.id, { name: "Yan Soon", role: "recruiter", nextTouchAt: new Date(Date.now() + DAY), title: "Talent partner" });
    await seedContact(db, user.id, { name: "Xia Never", role: "peer" });
    const names = async (raw: Record<string, string>) => (await listContacts(user.id, query(raw))).rows.map((row) => row.name);
    expect(await names({ sort: "nextTouch" })).toEqual(["Yan Soon", "Zoe Later", "Xia Never"]);
    expect(await names({ role: "peer", sort: "name" })).toEqual(["Xia Never", "Zoe Later"]);
    expect(await names({ tag: "mentor" })).toEqual(["Zoe Later"]);
    expect(await names({ q: "talent" })).toEqual(["Yan Soon"]);
  });

  it("cannot be read, edited, deleted, merged or logged against by another user", async () => {
    const [alice, bob] = [await createUser(db), await createUser(db)];
    const { id } = await createContact(alice.id, form());
    const bobs = await seedContact(db, bob.id);
    const before = await db.contact.findUniqueOrThrow({ where: { id } });

    await expect(getContact(bob.id, id)).rejects.toMatchObject(notFound);
    await expect(updateContact(bob.id, id, form({ name: "Hacked" }))).rejects.toMatchObject(notFound);
    await expect(deleteContact(bob.id, id)).rejects.toMatchObject(notFound);
    await expect(mergeContacts(bob.id, bobs.id, id)).rejects.toMatchObject(notFound);
    await expect(mergeContacts(bob.id, id, bobs.id)).rejects.toMatchObject(notFound);
    await expect(logInteraction(bob.id, { contactId: id, kind: "email", occurredAt: new Date() })).rejects.toMatchObject(notFound);

    expect(await db.contact.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db.contact.count({ where: { id: bobs.id } })).toBe(1);
    expect((await listContacts(bob.id, query({ q: "Ana" }))).rows).toEqual([]);
  });

  it("refuses malformed input on the field", () => {
    const errors = (input: Record<string, unknown>) => {
      const result = contactSchema.safeParse({ name: "A", role: "peer", ...input });
      return result.success ? {} : result.error.flatten().fieldErrors;
    };
    expect(Object.keys(errors({ name: "" }))).toEqual(["name"]);
    expect(Object.keys(errors({ name: "n".repeat(10_000) }))).toEqual(["name"]);
    expect(Object.keys(errors({ email: "not-an-email" }))).toEqual(["email"]);
    expect(Object.keys(errors({ email: "<script>@x" }))).toEqual(["email"]);
    expect(Object.keys(errors({ linkedinUrl: "javascript:alert(1)" }))).toEqual(["linkedinUrl"]);
    expect(Object.keys(errors({ keepInTouchDays: "0" }))).toEqual(["keepInTouchDays"]);
    expect(Object.keys(errors({ keepInTouchDays: "abc" }))).toEqual(["keepInTouchDays"]);
    expect(Object.keys(errors({ role: "boss" }))).toEqual(["role"]);
    expect(Object.keys(errors({ phone: "'; DROP TABLE x;--" }))).toEqual(["phone"]);
    expect(contactSchema.safeParse({ name: "A", role: "peer", userId: "x" }).success).toBe(false);
  });
});

describe("merging duplicate contacts", () => {
  it("keeps every link of both and deletes the duplicate", async () => {
    const user = await createUser(db);
    const keep = await seedContact(db, user.id, { name: "Ana Alvarez", email: null, tags: ["a"], lastInteractionAt: new Date("2026-10-01"), keepInTouchDays: 30 });
    const dupe = await seedContact(db, user.id, { name: "Ana A.", phone: "+44 1234", tags: ["b", "a"], lastInteractionAt: new Date("2026-11-01") });
    const application = await createApplication(db, user.id, { referrerId: dupe.id });
    const both = await createInterview(db, user.id, application.id, { interviewerIds: [keep.id, dupe.id] });
    const onlyDupe = await createInterview(db, user.id, application.id, { interviewerIds: [dupe.id] });
    const rejection = await createRejection(db, user.id, application.id, { senderId: dupe.id });
    await createInteraction(db, user.id, dupe.id);
    const followUp = await createFollowUp(db, user.id, { contactId: dupe.id });

    await mergeContacts(user.id, keep.id, dupe.id);

    expect(await db.contact.count({ where: { id: dupe.id } })).toBe(0);
    const merged = await db.contact.findUniqueOrThrow({ where: { id: keep.id } });
    expect(merged).toMatchObject({ email: dupe.email, phone: "+44 1234", tags: ["a", "b"], lastInteractionAt: new Date("2026-11-01") });
    // 30 days after the latest touch, at the reminder time: Tuesday 1 December, 09:00 in London.
    expect(merged.nextTouchAt).toEqual(new Date("2026-12-01T09:00:00Z"));
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).referrerId).toBe(keep.id);
    expect((await db.rejection.findUniqueOrThrow({ where: { id: rejection.id } })).senderId).toBe(keep.id);
    expect(await db.interviewInterviewer.findMany({ where: { interviewId: { in: [both.id, onlyDupe.id] } }, select: { contactId: true } })).toEqual([
      { contactId: keep.id },
      { contactId: keep.id },
    ]);
    expect(await db.interaction.count({ where: { contactId: keep.id } })).toBe(1);
    expect((await db.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).contactId).toBe(keep.id);
  });

  it("refuses to merge a contact into itself", async () => {
    const user = await createUser(db);
    const contact = await seedContact(db, user.id);
    await expect(mergeContacts(user.id, contact.id, contact.id)).rejects.toMatchObject({ code: "INVALID" });
    expect(await db.contact.count({ where: { id: contact.id } })).toBe(1);
  });
});
