import { describe, expect, it } from "vitest";
import { listTimeline } from "@/lib/server/activity/list-timeline";
import { addNote } from "@/lib/server/notes/add-note";
import { deleteNote } from "@/lib/server/notes/delete-note";
import { NOTE_MAX, noteSchema } from "@/lib/validation/note";
import { createApplication, createContact, createUser } from "../factories";
import { db } from "../support/db";

describe("notes", () => {
  it("adds a note to an application or a contact, with a plain-text timeline entry", async () => {
    const user = await createUser(db);
    const application = await createApplication(db, user.id);
    const contact = await createContact(db, user.id);
    await addNote(user.id, { applicationId: application.id }, noteSchema.parse({ body: "## Met **Ana**\n<script>alert(1)</script>" }));
    await addNote(user.id, { contactId: contact.id }, noteSchema.parse({ body: "Likes [cycling](https://example.com)" }));
    const [entry] = await listTimeline(user.id, { applicationId: application.id });
    expect(entry).toMatchObject({ kind: "note_added" });
    expect(entry!.summary).toMatch(/^Note: Met Ana/);
    expect(await db.note.count({ where: { contactId: contact.id } })).toBe(1);
  });

  it("refuses another user's application, contact or note, and changes nothing", async () => {
    const [alice, bob] = [await createUser(db), await createUser(db)];
    const application = await createApplication(db, alice.id);
    const contact = await createContact(db, alice.id);
    const note = await addNote(alice.id, { applicationId: application.id }, { body: "mine" });
    await expect(addNote(bob.id, { applicationId: application.id }, { body: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addNote(bob.id, { contactId: contact.id }, { body: "x" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteNote(bob.id, note.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.note.count({ where: { OR: [{ applicationId: application.id }, { contactId: contact.id }] } })).toBe(1);
    expect(await db.note.count({ where: { userId: bob.id } })).toBe(0);
  });

  it("refuses an empty or oversized note, and extra fields", () => {
    expect(noteSchema.safeParse({ body: "   " }).success).toBe(false);
    expect(noteSchema.safeParse({ body: "x".repeat(NOTE_MAX + 1) }).error?.issues[0]?.message).toMatch(/at most/);
    expect(noteSchema.safeParse({ body: "ok", userId: "x" }).success).toBe(false);
  });
});

describe("a note on an empty id", () => {
  it("is not found, and nothing is written", async () => {
    const user = await createUser(db);
    await createContact(db, user.id);
    await expect(addNote(user.id, { applicationId: "" }, { body: "hello" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(addNote(user.id, { contactId: "" }, { body: "hello" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.note.count({ where: { userId: user.id } })).toBe(0);
  });
});
