import { describe, expect, it } from "vitest";
import { listRecentActivity } from "@/lib/server/activity/list-recent-activity";
import { deleteApplication } from "@/lib/server/applications/delete-application";
import { listContactsToTouch } from "@/lib/server/dashboard/list-contacts-to-touch";
import { createApplication, createCompany, createContact, createUser } from "../factories";
import { db } from "../support/db";

const day = (n: number) => new Date(Date.UTC(2026, 10, n, 12));

describe("the dashboard's cards", () => {
  it("lists the contacts whose keep-in-touch moment has come, longest waiting first, bounded, only the user's", async () => {
    const [alice, bob] = [await createUser(db), await createUser(db)];
    const acme = await createCompany(db, alice.id, { name: "Acme Robotics" });
    await createContact(db, alice.id, { name: "Waiting longest", nextTouchAt: day(1), companyId: acme.id, lastInteractionAt: day(2) });
    await createContact(db, alice.id, { name: "Due today", nextTouchAt: day(20) });
    await createContact(db, alice.id, { name: "Not yet", nextTouchAt: day(28) });
    await createContact(db, alice.id, { name: "Never asked" });
    await createContact(db, bob.id, { name: "Bob's contact", nextTouchAt: day(1) });

    const due = await listContactsToTouch(alice.id, { before: day(21) });
    expect(due.map((contact) => contact.name)).toEqual(["Waiting longest", "Due today"]);
    expect(due[0]).toMatchObject({ company: { name: "Acme Robotics" }, lastInteractionAt: day(2), nextTouchAt: day(1) });
    expect(due[1]!.company).toBeNull();
    expect((await listContactsToTouch(alice.id, { before: day(21), limit: 1 })).map((contact) => contact.name)).toEqual(["Waiting longest"]);
    expect((await listContactsToTouch(bob.id, { before: day(21) })).map((contact) => contact.name)).toEqual(["Bob's contact"]);
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
