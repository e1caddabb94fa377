import { describe, expect, it } from "vitest";
import { listRecentActivity } from "@/lib/server/activity/list-recent-activity";
import { deleteApplication } from "@/lib/server/applications/delete-application";
import { calendarFeedForToken } from "@/lib/server/calendar/calendar-feed";
import { dismissFirstRunChecklist } from "@/lib/server/dashboard/dismiss-first-run-checklist";
import { getFirstRunChecklist } from "@/lib/server/dashboard/get-first-run-checklist";
import { getKeepInTouch } from "@/lib/server/dashboard/get-keep-in-touch";
import { listComingUp } from "@/lib/server/dashboard/list-coming-up";
import { loadDemoData } from "@/lib/server/demo/load-demo-data";
import { startOfLocalDay } from "@/lib/schedule/zoned";
import { createApplication, createCompany, createContact, createFollowUp, createInterview, createUser } from "../factories";
import { db } from "../support/db";

const day = (n: number) => new Date(Date.UTC(2026, 10, n, 12));

describe("the dashboard's cards", () => {
  it("keep in touch: who is due (longest waiting first, bounded), else who is next, else whether there are contacts at all", async () => {
    const [alice, bob] = [await createUser(db), await createUser(db)];
    const acme = await createCompany(db, alice.id, { name: "Acme Robotics" });
    await createContact(db, alice.id, { name: "Waiting longest", nextTouchAt: day(1), companyId: acme.id, lastInteractionAt: day(2) });
    await createContact(db, alice.id, { name: "Due today", nextTouchAt: day(20) });
    await createContact(db, alice.id, { name: "Not yet", nextTouchAt: day(28) });
    await createContact(db, alice.id, { name: "Never asked" });
    await createContact(db, bob.id, { name: "Bob's contact", nextTouchAt: day(1) });
    const names = (contacts: { name: string }[]) => contacts.map((contact) => contact.name);

    const standing = await getKeepInTouch(alice.id, { before: day(21) });
    expect(names(standing.due)).toEqual(["Waiting longest", "Due today"]);
    expect(standing.due[0]).toMatchObject({ company: { name: "Acme Robotics" }, lastInteractionAt: day(2), nextTouchAt: day(1) });
    expect(standing.due[1]!.company).toBeNull();
    expect(standing).toMatchObject({ more: false, hasContacts: true });
    expect(names(standing.next)).toEqual(["Not yet"]);
    expect(await getKeepInTouch(alice.id, { before: day(21), limit: 1 })).toMatchObject({ due: [{ name: "Waiting longest" }], more: true });

    // Nobody due: the card names who is next and when, instead of "everyone is up to date".
    const early = await getKeepInTouch(alice.id, { before: day(0) });
    expect(early).toMatchObject({ due: [], more: false, hasContacts: true });
    expect(names(early.next)).toEqual(["Waiting longest", "Due today", "Not yet"]);
    expect(names((await getKeepInTouch(bob.id, { before: day(21) })).due)).toEqual(["Bob's contact"]);

    const carol = await createUser(db);
    expect(await getKeepInTouch(carol.id, { before: day(21) })).toEqual({ due: [], more: false, next: [], hasContacts: false });
    await createContact(db, carol.id, { name: "No cadence" });
    expect(await getKeepInTouch(carol.id, { before: day(21) })).toEqual({ due: [], more: false, next: [], hasContacts: true });
  });

  it("coming up: the open follow-ups of the next seven local days, after today, soonest first, only the user's", async () => {
    const [alice, bob] = [await createUser(db, { timeZone: "Pacific/Auckland" }), await createUser(db)];
    // 20:00 UTC on 7 Dec is 09:00 on 8 Dec in Auckland: "tomorrow" there starts at 11:00 UTC on the 8th.
    const now = new Date("2026-12-07T20:00:00Z");
    const window = { from: startOfLocalDay(now, "Pacific/Auckland", 1), to: startOfLocalDay(now, "Pacific/Auckland", 8) };
    const contact = await createContact(db, alice.id, { name: "Ana Alvarez" });
    await createFollowUp(db, alice.id, { title: "Today in Auckland", dueAt: new Date("2026-12-08T05:00:00Z") });
    await createFollowUp(db, alice.id, { title: "Tomorrow morning", dueAt: new Date("2026-12-08T20:00:00Z"), contactId: contact.id });
    await createFollowUp(db, alice.id, { title: "Snoozed to Friday", dueAt: new Date("2026-12-10T20:00:00Z"), status: "snoozed" });
    await createFollowUp(db, alice.id, { title: "Done already", dueAt: new Date("2026-12-09T20:00:00Z"), status: "done" });
    await createFollowUp(db, alice.id, { title: "Last day of the week", dueAt: new Date("2026-12-15T10:59:00Z") });
    await createFollowUp(db, alice.id, { title: "Eight days out", dueAt: new Date("2026-12-15T11:00:00Z") });
    await createFollowUp(db, bob.id, { title: "Bob's", dueAt: new Date("2026-12-09T20:00:00Z") });

    const { items, total } = await listComingUp(alice.id, window);
    expect(items.map((item) => item.title)).toEqual(["Tomorrow morning", "Snoozed to Friday", "Last day of the week"]);
    expect(total).toBe(3);
    expect(items[0]!.contact).toEqual({ id: contact.id, name: "Ana Alvarez" });
    expect(await listComingUp(alice.id, { ...window, limit: 1 })).toMatchObject({ items: [{ title: "Tomorrow morning" }], total: 3 });
  });

  it("the first-run checklist ticks each step as it is done, the calendar when a calendar app reads the feed, and stays hidden once dismissed", async () => {
    const user = await createUser(db);
    expect(await getFirstRunChecklist(user.id)).toEqual({
      steps: { application: false, contact: false, interview: false, calendar: false },
      dismissed: false,
      empty: true,
    });
    const application = await createApplication(db, user.id);
    await createContact(db, user.id);
    await createInterview(db, user.id, application.id);
    expect(await calendarFeedForToken(user.calendarToken)).toContain("BEGIN:VCALENDAR");
    expect(await getFirstRunChecklist(user.id)).toEqual({
      steps: { application: true, contact: true, interview: true, calendar: true },
      dismissed: false,
      empty: false,
    });

    const other = await createUser(db);
    await dismissFirstRunChecklist(other.id);
    expect(await getFirstRunChecklist(other.id)).toMatchObject({ dismissed: true, empty: true });
    expect(await getFirstRunChecklist(user.id)).toMatchObject({ dismissed: false });
  });

  it("demo data fills an empty account with a month of job search, and refuses an account that has records", async () => {
    const user = await createUser(db, { timeZone: "Europe/London" });
    const now = new Date("2026-12-07T10:00:00Z");
    expect(await loadDemoData(user.id, { now })).toEqual({ applications: 32, contacts: 15 });

    const statuses = await db.application.groupBy({ by: ["status"], where: { userId: user.id }, _count: true });
    expect(statuses).toHaveLength(9);
    expect(await db.interview.count({ where: { userId: user.id, scheduledAt: { gt: now } } })).toBeGreaterThan(0);
    expect(await db.letter.count({ where: { userId: user.id, status: "draft" } })).toBe(1);
    const window = { from: startOfLocalDay(now, "Europe/London", 1), to: startOfLocalDay(now, "Europe/London", 8) };
    expect((await listComingUp(user.id, window)).total).toBeGreaterThan(0);
    expect((await getKeepInTouch(user.id, { before: startOfLocalDay(now, "Europe/London", 1) })).due.length).toBeGreaterThan(0);
    expect(await getFirstRunChecklist(user.id)).toMatchObject({ steps: { application: true, contact: true, interview: true }, empty: false });
    // No reminder is sent about people who do not exist: the demo's due follow-ups count as reminded.
    expect(await db.followUp.count({ where: { userId: user.id, dueAt: { lte: now }, remindedDueAt: null } })).toBe(0);

    const before = await db.application.count({ where: { userId: user.id } });
    await expect(loadDemoData(user.id, { now })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.application.count({ where: { userId: user.id } })).toBe(before);

    const withOneContact = await createUser(db);
    await createContact(db, withOneContact.id);
    await expect(loadDemoData(withOneContact.id)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.company.count({ where: { userId: withOneContact.id } })).toBe(0);
    await expect(loadDemoData("no-such-user")).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("demo data: two clicks at once load it once", async () => {
    const user = await createUser(db);
    const results = await Promise.allSettled([loadDemoData(user.id), loadDemoData(user.id)]);
    expect(results.map((result) => result.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect(await db.application.count({ where: { userId: user.id } })).toBe(32);
  });

  it("leaves the activity of applications in the trash out of recent activity, and keeps contact entries", async () => {
    const user = await createUser(db);
    const kept = await createApplication(db, user.id, { role: "Kept role" });
    const trashed = await createApplication(db, user.id, { role: "Trashed role" });
    const contact = await createContact(db, user.id, { name: "Dana Contact" });
    await db.activity.createMany({
      data: [
        { userId: user.id, applicationId: kept.id, kind: "note_added", summary: "kept", occurredAt: day(3) },
        { userId: user.id, applicationId: trashed.id, kind: "note_added", summary: "trashed", occurredAt: day(4) },
        { userId: user.id, contactId: contact.id, kind: "interaction_logged", summary: "met Dana", occurredAt: day(5) },
      ],
    });
    await deleteApplication(user.id, trashed.id);

    const recent = await listRecentActivity(user.id, 10);
    expect(recent.map((entry) => entry.summary)).toEqual(["met Dana", "kept"]);
    expect(recent[0]).toMatchObject({ contact: { id: contact.id, name: "Dana Contact" }, application: null, occurredAt: day(5) });
    expect(recent[1]).toMatchObject({ application: { id: kept.id, role: "Kept role" }, contact: null });
  });
});
