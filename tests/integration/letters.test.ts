import { describe, expect, it, vi } from "vitest";
import { sharedSentenceRatio } from "@/lib/letters/letter-checks";
import type { MailMessage } from "@/lib/jobs/mailer";
import { draftOfferNewsLetters } from "@/lib/server/letters/draft-offer-news-letters";
import { getLetter } from "@/lib/server/letters/get-letter";
import { listLetters } from "@/lib/server/letters/list-letters";
import { listLettersOwed } from "@/lib/server/letters/list-letters-owed";
import { markLetterSent } from "@/lib/server/letters/mark-letter-sent";
import { sendLetter } from "@/lib/server/letters/send-letter";
import { skipLetter } from "@/lib/server/letters/skip-letter";
import { updateLetter } from "@/lib/server/letters/update-letter";
import { logRejection } from "@/lib/server/rejections/log-rejection";
import { fieldErrorsOf } from "@/lib/validation/form";
import { letterTextSchema } from "@/lib/validation/letter";
import { logRejectionSchema } from "@/lib/validation/rejection";
import { createApplication, createContact, createInteraction, createInterview, createUser } from "../factories";
import { db } from "../support/db";

const edited = { subject: "Thank you, Dana", body: "Dear Dana,\n\nThank you <b>so</b> much.\n\nAlex" };

/** A logged rejection with a draft to Dana (with an e-mail) and one to Ravi (without). */
async function withDrafts() {
  const user = await createUser(db, { name: "Alex" });
  const application = await createApplication(db, user.id);
  const dana = await createContact(db, user.id, { name: "Dana Smith", email: "dana@example.test", keepInTouchDays: 90 });
  const ravi = await createContact(db, user.id, { name: "Ravi Patel", email: null });
  await createInterview(db, user.id, application.id, { interviewerIds: [dana.id, ravi.id], scheduledAt: new Date("2026-11-10T10:00:00Z") });
  const now = new Date("2026-11-20T10:00:00Z");
  await logRejection(user.id, application.id, logRejectionSchema.parse({ receivedOn: "2026-11-20", stageReached: "final", channel: "email" }), now);
  const letters = await db.letter.findMany({ where: { userId: user.id }, orderBy: { recipientName: "asc" } });
  return { user, application, dana, ravi, toDana: letters[0]!, toRavi: letters[1]! };
}

async function snapshot(userId: string) {
  const [letters, interactions, deliveries, contacts] = await Promise.all([
    db.letter.findMany({ where: { userId }, orderBy: { id: "asc" } }),
    db.interaction.findMany({ where: { userId } }),
    db.delivery.findMany({ where: { userId } }),
    db.contact.findMany({ where: { userId }, orderBy: { id: "asc" } }),
  ]);
  return { letters, interactions, deliveries, contacts };
}

describe("letters owed", () => {
  it("lists drafts soonest first with their application and contact, and drops handled ones", async () => {
    const { user, toDana, toRavi } = await withDrafts();
    const owed = await listLettersOwed(user.id, 10);
    expect(owed.map((letter) => letter.id).sort()).toEqual([toDana.id, toRavi.id].sort());
    // Drafted on Friday 20 November in London: due Monday at 09:00.
    expect(owed[0]).toMatchObject({ dueAt: new Date("2026-11-23T09:00:00Z"), contact: { name: expect.any(String) }, application: { role: expect.any(String) } });
    await skipLetter(user.id, toRavi.id);
    expect((await listLettersOwed(user.id, 10)).map((letter) => letter.id)).toEqual([toDana.id]);
    expect(await listLettersOwed(user.id, 0)).toEqual([]);
  });
});

describe("marking a letter sent", () => {
  it("keeps the edited text, records the moment and logs the touch on the contact's timeline, restarting their clock", async () => {
    const { user, application, dana, toDana } = await withDrafts();
    const now = new Date("2026-11-20T18:00:00Z");
    await markLetterSent(user.id, toDana.id, edited, { now });

    expect(await db.letter.findUniqueOrThrow({ where: { id: toDana.id } })).toMatchObject({ ...edited, status: "sent", sentAt: now });
    const interactions = await db.interaction.findMany({ where: { userId: user.id, contactId: dana.id } });
    expect(interactions).toMatchObject([{ kind: "letter_sent", applicationId: application.id, occurredAt: now, notes: "Letter: Thank you, Dana" }]);
    expect(await db.contact.findUniqueOrThrow({ where: { id: dana.id } })).toMatchObject({ lastInteractionAt: now, nextTouchAt: new Date("2027-02-18T09:00:00Z") });
    expect(await db.activity.count({ where: { userId: user.id, contactId: dana.id, kind: "interaction_logged" } })).toBe(1);
  });

  it("refuses a second time, and a letter already handled cannot be edited or skipped", async () => {
    const { user, toDana } = await withDrafts();
    await markLetterSent(user.id, toDana.id, edited);
    await expect(markLetterSent(user.id, toDana.id, edited)).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(updateLetter(user.id, toDana.id, { subject: "x", body: "y" })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(skipLetter(user.id, toDana.id)).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await db.interaction.count({ where: { userId: user.id } })).toBe(1);
    expect((await db.letter.findUniqueOrThrow({ where: { id: toDana.id } })).subject).toBe(edited.subject);
  });
});

describe("sending a letter", () => {
  it("mails it with replies to the user, then records it as sent with an interaction and a delivery", async () => {
    const { user, dana, toDana } = await withDrafts();
    const mailer = vi.fn<(message: MailMessage) => Promise<void>>(async () => undefined);
    await sendLetter(user.id, toDana.id, edited, { mailer });

    expect(mailer).toHaveBeenCalledTimes(1);
    const message = mailer.mock.calls[0]![0];
    expect(message).toMatchObject({ to: "dana@example.test", subject: edited.subject, text: edited.body, replyTo: user.email, messageId: `<letter-${toDana.id}@bridges.local>` });
    expect(message.html).toBe("<p>Dear Dana,</p>\n<p>Thank you &#60;b&#62;so&#60;/b&#62; much.</p>\n<p>Alex</p>");
    expect((await db.letter.findUniqueOrThrow({ where: { id: toDana.id } })).status).toBe("sent");
    expect(await db.interaction.count({ where: { userId: user.id, contactId: dana.id, kind: "letter_sent" } })).toBe(1);
    expect(await db.delivery.findMany({ where: { userId: user.id } })).toMatchObject([{ channel: "email", status: "sent", toAddress: "dana@example.test" }]);
  });

  it("records nothing when the mail server refuses, and the draft stays a draft", async () => {
    const { user, toDana } = await withDrafts();
    const before = await snapshot(user.id);
    const mailer = vi.fn(async () => {
      throw new Error("550 mailbox unavailable");
    });
    await expect(sendLetter(user.id, toDana.id, edited, { mailer })).rejects.toMatchObject({ code: "INVALID", message: expect.stringMatching(/550 mailbox unavailable.*Nothing was sent/) });
    expect(await snapshot(user.id)).toEqual(before);
  });

  it("cannot send to someone without an address, nor twice", async () => {
    const { user, toDana, toRavi } = await withDrafts();
    const mailer = vi.fn(async () => undefined);
    await expect(sendLetter(user.id, toRavi.id, edited, { mailer })).rejects.toMatchObject({ code: "INVALID" });
    await Promise.allSettled([sendLetter(user.id, toDana.id, edited, { mailer }), sendLetter(user.id, toDana.id, edited, { mailer })]);
    expect(mailer).toHaveBeenCalledTimes(1);
    expect(await db.interaction.count({ where: { userId: user.id } })).toBe(1);
  });
});

describe("letters of another user", () => {
  it("cannot be read, listed, edited, sent, marked or skipped, and nothing changes", async () => {
    const alice = await withDrafts();
    const bob = await createUser(db);
    const before = await snapshot(alice.user.id);
    const mailer = vi.fn(async () => undefined);
    const id = alice.toDana.id;
    for (const attempt of [
      () => getLetter(bob.id, id),
      () => updateLetter(bob.id, id, edited),
      () => markLetterSent(bob.id, id, edited),
      () => sendLetter(bob.id, id, edited, { mailer }),
      () => skipLetter(bob.id, id),
    ]) {
      await expect(attempt()).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(mailer).not.toHaveBeenCalled();
    expect(await listLetters(bob.id)).toEqual([]);
    expect(await listLettersOwed(bob.id, 10)).toEqual([]);
    expect(await snapshot(alice.user.id)).toEqual(before);
  });
});

describe("malformed letter text", () => {
  it.each([
    [{ subject: "", body: "x" }, "subject", "Write a subject line"],
    [{ subject: "   ", body: "x" }, "subject", "Write a subject line"],
    [{ subject: "x".repeat(301), body: "x" }, "subject", "Use at most 300 characters"],
    [{ subject: "x", body: "" }, "body", "Write the letter"],
    [{ subject: "x", body: "x".repeat(20_001) }, "body", "Use at most 20,000 characters"],
    [{ subject: "x" }, "body", "Write the letter"],
  ])("%# → a message on %s", (input, field, message) => {
    const result = letterTextSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error).fieldErrors[field]?.[0]).toBe(message);
  });

  it("refuses smuggled fields", () => {
    expect(letterTextSchema.safeParse({ subject: "x", body: "y", userId: "u", status: "sent" }).success).toBe(false);
  });
});

describe("news of an accepted offer", () => {
  it("drafts a thank-you with the news to everyone who helped, once each", async () => {
    const { user, dana, ravi, toDana } = await withDrafts();
    await markLetterSent(user.id, toDana.id, edited); // Dana was thanked after the rejection
    const referrer = await createContact(db, user.id, { name: "Omar Haddad", role: "referrer" });
    const introducer = await createContact(db, user.id, { name: "Ines Ito", role: "peer" });
    const stranger = await createContact(db, user.id, { name: "Zed Nobody", role: "peer" });
    await createInteraction(db, user.id, introducer.id, { kind: "intro_made" });
    await createInteraction(db, user.id, stranger.id, { kind: "email" });
    const offer = await createApplication(db, user.id, { role: "Staff Engineer", status: "accepted", referrerId: referrer.id });

    const now = new Date("2026-12-01T10:00:00Z");
    await draftOfferNewsLetters(user.id, offer.id, { now });
    const letters = await db.letter.findMany({ where: { userId: user.id, kind: "offer_news" }, orderBy: { recipientName: "asc" } });
    expect(letters.map((letter) => letter.contactId)).toEqual([dana.id, introducer.id, referrer.id]);
    expect(letters.map((letter) => letter.contactId)).not.toContain(ravi.id);
    for (const letter of letters) {
      expect(letter).toMatchObject({ status: "draft", applicationId: offer.id, dueAt: new Date("2026-12-04T09:00:00Z") });
      expect(letter.body).toMatch(/Staff Engineer/);
      expect(`${letter.subject}${letter.body}`).not.toMatch(/\{\{|\}\}/);
    }
    // Helpers know each other: no two of their letters share more than half their sentences.
    for (const [i, a] of letters.entries()) for (const b of letters.slice(i + 1)) expect(sharedSentenceRatio(a.body, b.body)).toBeLessThanOrEqual(0.5);
    expect(letters.find((letter) => letter.contactId === dana.id)!.body).toMatch(/our conversation|the interviews|when we met/i);

    await draftOfferNewsLetters(user.id, offer.id, { now });
    expect(await db.letter.count({ where: { userId: user.id, kind: "offer_news" } })).toBe(3);
  });

  it("answers not found for another user's application and drafts nothing", async () => {
    const alice = await withDrafts();
    const bob = await createUser(db);
    await expect(draftOfferNewsLetters(bob.id, alice.application.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.letter.count({ where: { kind: "offer_news", userId: { in: [alice.user.id, bob.id] } } })).toBe(0);
  });
});
