import { describe, expect, it } from "vitest";
import { completeFollowUp, completeFollowUpUndoably } from "@/lib/server/follow-ups/complete-follow-up";
import { dismissFollowUp } from "@/lib/server/follow-ups/dismiss-follow-up";
import { snoozeFollowUpUndoably } from "@/lib/server/follow-ups/snooze-follow-up";
import { undoFollowUp } from "@/lib/server/follow-ups/undo-follow-up";
import { followUpUndoSchema, snoozeSchema, type FollowUpUndoToken } from "@/lib/validation/follow-up";
import { createApplication, createContact, createFollowUp, createUser } from "../factories";
import { db } from "../support/db";

// The token travels through the browser as JSON, so every test sends it back that way.
const undoAs = (userId: string, token: FollowUpUndoToken | null) => undoFollowUp(userId, followUpUndoSchema.parse(JSON.parse(JSON.stringify(token))));
const row = (id: string) => db.followUp.findUniqueOrThrow({ where: { id } });

async function owner() {
  const user = await createUser(db, { timeZone: "America/New_York" });
  const earlier = new Date("2026-10-01T12:00:00Z");
  const contact = await createContact(db, user.id, { keepInTouchDays: 30, lastInteractionAt: earlier });
  await db.interaction.create({ data: { userId: user.id, contactId: contact.id, kind: "message", occurredAt: earlier } });
  return { user, contact, earlier };
}

describe("undoing Done", () => {
  it("reopens a cadence follow-up, removes the next occurrence and the touch it logged, and leaves it reminded", async () => {
    const { user, contact, earlier } = await owner();
    const dueAt = new Date("2026-11-20T14:00:00Z");
    // Its reminder was delivered before Done (claimDueReminders crosses users, so it is not run
    // here beside the other files: remindedDueAt = dueAt is exactly what it leaves).
    const followUp = await createFollowUp(db, user.id, { title: "Coffee", contactId: contact.id, cadenceDays: 14, origin: "cadence", dueAt, status: "snoozed", remindedDueAt: dueAt });

    const doneAt = new Date("2026-11-21T16:00:00Z");
    const { next, undo } = await completeFollowUpUndoably(user.id, followUp.id, doneAt);
    expect(next).not.toBeNull();
    await undoAs(user.id, undo);

    expect(await row(followUp.id)).toMatchObject({ status: "snoozed", completedAt: null, dueAt, remindedDueAt: dueAt });
    expect(await db.followUp.count({ where: { id: next!.id } })).toBe(0);
    expect(await db.interaction.count({ where: { userId: user.id, contactId: contact.id } })).toBe(1);
    expect(await db.activity.count({ where: { userId: user.id, occurredAt: doneAt } })).toBe(0);
    expect((await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).lastInteractionAt).toEqual(earlier);
    // remindedDueAt still equals dueAt: the worker's claim skips it, no second reminder.
  });

  it("is refused, with nothing written, once the next occurrence was acted on, or by another user", async () => {
    const { user, contact } = await owner();
    const followUp = await createFollowUp(db, user.id, { title: "Coffee", contactId: contact.id, cadenceDays: 14, origin: "cadence" });
    const { next, undo } = await completeFollowUpUndoably(user.id, followUp.id);
    const intruder = await createUser(db);
    await expect(undoAs(intruder.id, undo)).rejects.toMatchObject({ code: "CONFLICT" });
    await completeFollowUp(user.id, next!.id);
    await expect(undoAs(user.id, undo)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await row(followUp.id)).status).toBe("done");
  });

  it("offers no undo for a decision nudge", async () => {
    const { user } = await owner();
    const application = await createApplication(db, user.id);
    const nudge = await createFollowUp(db, user.id, { title: "Nudge", applicationId: application.id, origin: "decision_nudge" });
    expect((await completeFollowUpUndoably(user.id, nudge.id)).undo).toBeNull();
  });
});

describe("undoing Snooze and Dismiss", () => {
  it("puts a snoozed follow-up back at its due moment, unless it moved since", async () => {
    const { user } = await owner();
    const dueAt = new Date("2026-11-20T14:00:00Z");
    const followUp = await createFollowUp(db, user.id, { title: "Call", dueAt });
    const now = new Date("2026-11-21T15:00:00Z");
    const { undo } = await snoozeFollowUpUndoably(user.id, snoozeSchema.parse({ id: followUp.id, choice: "1d" }), now);
    await undoAs(user.id, undo);
    expect(await row(followUp.id)).toMatchObject({ status: "pending", dueAt });

    const again = await snoozeFollowUpUndoably(user.id, snoozeSchema.parse({ id: followUp.id, choice: "1d" }), now);
    await snoozeFollowUpUndoably(user.id, snoozeSchema.parse({ id: followUp.id, choice: "1w" }), now);
    await expect(undoAs(user.id, again.undo)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await row(followUp.id)).status).toBe("snoozed");
  });

  it("reopens a dismissed follow-up for its owner only, once", async () => {
    const { user } = await owner();
    const followUp = await createFollowUp(db, user.id, { title: "Call" });
    const undo = await dismissFollowUp(user.id, followUp.id);
    const intruder = await createUser(db);
    await expect(undoAs(intruder.id, undo)).rejects.toMatchObject({ code: "CONFLICT" });
    expect((await row(followUp.id)).status).toBe("dismissed");
    await undoAs(user.id, undo);
    expect((await row(followUp.id)).status).toBe("pending");
    await expect(undoAs(user.id, undo)).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("rejects a forged token", () => {
    expect(followUpUndoSchema.safeParse({ action: "dismiss", id: "x", previousStatus: "done" }).success).toBe(false);
    expect(followUpUndoSchema.safeParse({ action: "snooze", id: "x", dueAt: "tomorrow", previousDueAt: "2026-11-20T14:00:00.000Z", previousStatus: "pending" }).success).toBe(false);
  });
});
