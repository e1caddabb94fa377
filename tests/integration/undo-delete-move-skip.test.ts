import { describe, expect, it } from "vitest";
import { changeApplicationStatus } from "@/lib/server/applications/change-application-status";
import { deleteFollowUp } from "@/lib/server/follow-ups/delete-follow-up";
import { undoFollowUp } from "@/lib/server/follow-ups/undo-follow-up";
import { listLetters } from "@/lib/server/letters/list-letters";
import { skipLetter } from "@/lib/server/letters/skip-letter";
import { unskipLetter } from "@/lib/server/letters/unskip-letter";
import { followUpUndoSchema } from "@/lib/validation/follow-up";
import { createApplication, createContact, createFollowUp, createRejection, createUser } from "../factories";
import { db } from "../support/db";

const conflict = { code: "CONFLICT" };

describe("undoing a follow-up's Delete", () => {
  it("puts the row back as it was, once", async () => {
    const user = await createUser(db);
    const contact = await createContact(db, user.id);
    const application = await createApplication(db, user.id);
    const dueAt = new Date("2026-11-20T09:00:00Z");
    const followUp = await createFollowUp(db, user.id, { title: "Ask about the team", notes: "Mention the talk", contactId: contact.id, applicationId: application.id, dueAt, remindedDueAt: dueAt, cadenceDays: 30, status: "snoozed" });
    const before = await db.followUp.findUniqueOrThrow({ where: { id: followUp.id } });

    const token = await deleteFollowUp(user.id, followUp.id);
    expect(await db.followUp.count({ where: { id: followUp.id } })).toBe(0);

    // The token travels through the browser as JSON, and is read back by the action's schema.
    await undoFollowUp(user.id, followUpUndoSchema.parse(JSON.parse(JSON.stringify(token))));
    const after = await db.followUp.findUniqueOrThrow({ where: { id: followUp.id } });
    const fields = ["userId", "title", "notes", "contactId", "applicationId", "rejectionId", "dueAt", "cadenceDays", "status", "origin", "completedAt", "remindedDueAt"] as const;
    for (const field of fields) expect(after[field], field).toEqual(before[field]);

    await expect(undoFollowUp(user.id, followUpUndoSchema.parse(token))).rejects.toMatchObject(conflict);
  });

  it("links the restored follow-up only to rows of the user's that still exist", async () => {
    const owner = await createUser(db);
    const stranger = await createUser(db);
    const theirContact = await createContact(db, stranger.id);
    const followUp = await createFollowUp(db, owner.id);
    const token = followUpUndoSchema.parse(await deleteFollowUp(owner.id, followUp.id));
    if (token.action !== "delete") throw new Error("a delete token");

    // A forged token pointing at someone else's contact: restored, but unlinked.
    await undoFollowUp(owner.id, { ...token, row: { ...token.row, contactId: theirContact.id } });
    expect(await db.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toMatchObject({ userId: owner.id, contactId: null });
    // Someone else's token cannot put a row back under an id that exists.
    await expect(undoFollowUp(stranger.id, token)).rejects.toMatchObject(conflict);
  });
});

describe("undoing a move", () => {
  it("moves the card back only while it is where the move left it", async () => {
    const user = await createUser(db);
    const application = await createApplication(db, user.id, { status: "applied" });
    await changeApplicationStatus(user.id, application.id, "interviewing");
    await changeApplicationStatus(user.id, application.id, "applied", { onlyFrom: "interviewing" });
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("applied");

    await changeApplicationStatus(user.id, application.id, "interviewing");
    await changeApplicationStatus(user.id, application.id, "offer");
    await expect(changeApplicationStatus(user.id, application.id, "applied", { onlyFrom: "interviewing" })).rejects.toMatchObject(conflict);
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("offer");
  });
});

describe("letters: Skip's undo and a stable order", () => {
  async function rejectionWithLetters() {
    const user = await createUser(db);
    const application = await createApplication(db, user.id, { status: "rejected" });
    const rejection = await createRejection(db, user.id, application.id);
    const letters = [];
    for (const name of ["Ana", "Ben", "Chloé"]) {
      letters.push(await db.letter.create({ data: { userId: user.id, kind: "rejection_thank_you", rejectionId: rejection.id, recipientName: name, subject: `Thanks, ${name}`, body: "Thank you" } }));
    }
    return { user, rejection, letters };
  }

  it("puts a skipped letter back among those to write, and refuses once it changed", async () => {
    const { user, letters } = await rejectionWithLetters();
    const [ana] = letters;
    await skipLetter(user.id, ana!.id);
    await unskipLetter(user.id, ana!.id);
    expect((await db.letter.findUniqueOrThrow({ where: { id: ana!.id } })).status).toBe("draft");
    await expect(unskipLetter(user.id, ana!.id)).rejects.toMatchObject(conflict);
    const stranger = await createUser(db);
    await skipLetter(user.id, ana!.id);
    await expect(unskipLetter(stranger.id, ana!.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("lists a rejection's letters to write first, handled ones after, each in drafting order", async () => {
    const { user, rejection, letters } = await rejectionWithLetters();
    await skipLetter(user.id, letters[0]!.id);
    await db.letter.update({ where: { id: letters[2]!.id }, data: { status: "sent", sentAt: new Date() } });
    const listed = await listLetters(user.id, { rejectionId: rejection.id });
    expect(listed.map((letter) => letter.id)).toEqual([letters[1]!.id, letters[2]!.id, letters[0]!.id]);
  });
});
