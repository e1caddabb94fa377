import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { fieldErrorsOf } from "@/lib/validation/form";
import { logRejection } from "@/lib/server/rejections/log-rejection";
import { getRejection } from "@/lib/server/rejections/get-rejection";
import { logRejectionSchema } from "@/lib/validation/rejection";
import { createApplication, createCompany, createContact, createInterview, createUser } from "../factories";
import { db } from "../support/db";

const form = (overrides: Record<string, string> = {}) =>
  logRejectionSchema.parse({ receivedOn: "2026-11-20", stageReached: "final", channel: "email", closeSecond: "on", renewedInterest: "on", ...overrides });

/** A user with an application at "Northwind" that had two interviews, and a recruiter contact. */
async function scenario() {
  const user = await createUser(db, { name: "Alex Morgan", timeZone: "America/New_York" });
  const company = await createCompany(db, user.id, { name: `Northwind ${crypto.randomUUID()}` });
  const application = await createApplication(db, user.id, { companyId: company.id, role: "Product Engineer", status: "interviewing" });
  const dana = await createContact(db, user.id, { name: "Dana Smith", email: "dana@northwind.test" });
  const ravi = await createContact(db, user.id, { name: "Ravi Patel", email: null });
  const rita = await createContact(db, user.id, { name: "Rita Ortiz", role: "recruiter", email: "rita@northwind.test" });
  await createInterview(db, user.id, application.id, {
    scheduledAt: new Date("2026-11-10T15:00:00Z"),
    notes: "Dana asked how I would migrate the billing service without downtime.",
    interviewerIds: [dana.id, ravi.id],
  });
  await createInterview(db, user.id, application.id, { scheduledAt: new Date("2026-11-03T15:00:00Z"), interviewerIds: [dana.id] });
  return { user, company, application, dana, ravi, rita };
}

async function snapshot(userId: string) {
  const [rejections, letters, activities, contacts, applications] = await Promise.all([
    db.rejection.findMany({ where: { userId } }),
    db.letter.findMany({ where: { userId } }),
    db.activity.findMany({ where: { userId } }),
    db.contact.findMany({ where: { userId } }),
    db.application.findMany({ where: { userId } }),
  ]);
  return { rejections, letters, activities, contacts, applications };
}

describe("logging a rejection", () => {
  it("saves it, moves the application to Rejected, writes the timeline and drafts one letter per person, in one go", async () => {
    const { user, application, dana, ravi, rita } = await scenario();
    const now = new Date("2026-11-20T14:00:00Z");
    const result = await logRejection(user.id, application.id, form({ senderId: rita.id, feedback: "Strong, but less platform depth." }), now);

    expect(result).toMatchObject({ applicationId: application.id, isNew: true, lettersDrafted: 3 });
    const detail = await getRejection(user.id, application.id);
    expect(detail.status).toBe("rejected");
    expect(detail.rejection).toMatchObject({ stageReached: "final", closeSecond: true, keepOnFile: false, renewedInterest: true, senderId: rita.id });
    expect(detail.rejection!.receivedOn.toISOString()).toBe("2026-11-20T00:00:00.000Z");

    const activities = await db.activity.findMany({ where: { userId: user.id, applicationId: application.id } });
    expect(activities.map((activity) => activity.kind)).toEqual(["rejection_logged"]);
    expect(activities[0]!.summary).toBe("Rejected at the final round stage — a close second");

    const letters = await db.letter.findMany({ where: { userId: user.id }, orderBy: { recipientName: "asc" } });
    expect(letters.map((letter) => [letter.recipientName, letter.contactId, letter.status, letter.kind])).toEqual([
      ["Dana Smith", dana.id, "draft", "rejection_thank_you"],
      ["Ravi Patel", ravi.id, "draft", "rejection_thank_you"],
      ["Rita Ortiz", rita.id, "draft", "rejection_thank_you"],
    ]);
    for (const letter of letters) {
      // Logged on a Friday: due the next working day, Monday, at 09:00 in New York.
      expect(letter.dueAt!.toISOString()).toBe("2026-11-23T14:00:00.000Z");
      expect(letter.rejectionId).toBe(result.id);
      expect(`${letter.subject}\n${letter.body}`).not.toMatch(/\{\{|\}\}/);
    }
    const [toDana, toRavi, toRita] = letters;
    expect(toDana!.recipientEmail).toBe("dana@northwind.test");
    expect(toDana!.body).toContain("Dear Dana,");
    expect(toDana!.body).toContain("on 10 November"); // her latest interview, in New York time
    expect(toDana!.body).toContain("you asked how I would migrate the billing service without downtime");
    expect(toDana!.body).toContain("Product Engineer");
    expect(toDana!.body.endsWith("Alex Morgan")).toBe(true);
    expect(toDana).toMatchObject({ audience: "interviewer", credited: false, detail: "you asked how I would migrate the billing service without downtime" });
    // Only Rita sent the decision and its feedback: only she is thanked for them, and for the close call.
    expect(toDana!.body).not.toMatch(/feedback|close one|offering to keep/);
    expect(toRavi!.body).not.toMatch(/feedback|close one|offering to keep/);
    expect(toRita).toMatchObject({ audience: "sender", credited: true });
    expect(toRita!.body).toContain("Thank you as well for your feedback");
    expect(toRita!.body).toContain("It meant a lot to hear that the decision was a close one.");
    // Ravi shared the interview: the notes are about Dana, so no line from them for him.
    expect(toRavi!.detail).toBeNull();
    expect(toRavi!.body).not.toContain("billing");
    // Rita never interviewed the user.
    expect(toRita!.body).toContain("Thank you for letting me know about the decision on the Product Engineer role");
    expect(toRita!.body).not.toMatch(/our conversation/);
  });

  it("creates the sender as a contact of the company when typed in, and writes to them", async () => {
    const { user, application, company } = await scenario();
    await logRejection(user.id, application.id, form({ senderId: "new", newSenderName: "Sam Lee", newSenderEmail: "Sam@Northwind.test" }));
    const sam = await db.contact.findFirstOrThrow({ where: { userId: user.id, name: "Sam Lee" } });
    expect(sam).toMatchObject({ email: "sam@northwind.test", role: "recruiter", companyId: company.id, keepInTouchDays: 60 });
    expect(await db.letter.count({ where: { userId: user.id, contactId: sam.id } })).toBe(1);
    expect((await db.rejection.findFirstOrThrow({ where: { applicationId: application.id } })).senderId).toBe(sam.id);
  });

  it("edits the one rejection of an application without a second timeline entry or duplicate letters", async () => {
    const { user, application, rita } = await scenario();
    await logRejection(user.id, application.id, form());
    const firstLetters = await db.letter.findMany({ where: { userId: user.id } });
    await logRejection(user.id, application.id, form({ stageReached: "interview", stageRound: "2", closeSecond: "", keepOnFile: "on", senderId: rita.id }));

    const rejections = await db.rejection.findMany({ where: { applicationId: application.id } });
    expect(rejections).toHaveLength(1);
    expect(rejections[0]).toMatchObject({ stageReached: "interview", stageRound: 2, closeSecond: false, keepOnFile: true });
    expect(await db.activity.count({ where: { applicationId: application.id, kind: "rejection_logged" } })).toBe(1);
    const letters = await db.letter.findMany({ where: { userId: user.id } });
    // Only the newly named sender gets a new draft; the others are untouched.
    expect(letters).toHaveLength(firstLetters.length + 1);
    expect(letters.filter((letter) => letter.contactId === rita.id)).toHaveLength(1);
  });

  it("keeps the round only for an interview-stage rejection", () => {
    expect(form({ stageReached: "final", stageRound: "3" }).stageRound).toBeNull();
    expect(form({ stageReached: "interview", stageRound: "3" }).stageRound).toBe(3);
  });

  it("uses the user's default template for the letters when they chose one", async () => {
    const { user, application } = await scenario();
    const template = await db.template.create({
      data: { userId: user.id, kind: "rejection_thank_you", name: "Short", subject: "Thanks, {{firstName}}", body: "Hi {{firstName}}, thanks for {{company}}.", isDefault: true },
    });
    await logRejection(user.id, application.id, form());
    const letter = await db.letter.findFirstOrThrow({ where: { userId: user.id, recipientName: "Dana Smith" } });
    expect(letter).toMatchObject({ subject: "Thanks, Dana", templateId: template.id });
    expect(letter.body).toMatch(/^Hi Dana, thanks for Northwind/);
  });
});

describe("logging a rejection with someone else's ids", () => {
  it("answers not found for another user's application and changes nothing", async () => {
    const alice = await scenario();
    const bob = await createUser(db);
    const before = await snapshot(alice.user.id);
    await expect(logRejection(bob.id, alice.application.id, form())).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getRejection(bob.id, alice.application.id)).rejects.toBeInstanceOf(AppError);
    expect(await snapshot(alice.user.id)).toEqual(before);
    expect(await db.rejection.count({ where: { userId: bob.id } })).toBe(0);
  });

  it("refuses another user's contact as the sender, leaving the application as it was", async () => {
    const alice = await scenario();
    const bob = await scenario();
    const before = await snapshot(bob.user.id);
    await expect(logRejection(bob.user.id, bob.application.id, form({ senderId: alice.rita.id }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot(bob.user.id)).toEqual(before);
  });

  it("refuses a smuggled owner or id", () => {
    const result = logRejectionSchema.safeParse({ receivedOn: "2026-11-20", stageReached: "final", channel: "email", userId: "someone", id: "x" });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error).message).toMatch(/Unexpected fields: userId, id/);
  });
});

describe("malformed rejection input", () => {
  const base = { receivedOn: "2026-11-20", stageReached: "final", channel: "email" };
  it.each([
    [{ receivedOn: "" }, "receivedOn", "Enter the day the rejection arrived"],
    [{ receivedOn: "2026-02-30" }, "receivedOn", "Enter a real date like 2026-11-26"],
    [{ receivedOn: "20/11/2026" }, "receivedOn", "Enter a real date like 2026-11-26"],
    [{ receivedOn: "2099-01-01" }, "receivedOn", "The rejection cannot arrive in the future"],
    [{ receivedOn: "x".repeat(5000) }, "receivedOn", "Enter a date like 2026-11-26"],
    [{ stageReached: "won" }, "stageReached", "Choose how far you got"],
    [{ stageReached: undefined }, "stageReached", "Choose how far you got"],
    [{ channel: "pigeon" }, "channel", "Choose how the rejection came"],
    [{ stageReached: "interview", stageRound: "0" }, "stageRound", "Enter a round between 1 and 20"],
    [{ stageRound: "two" }, "stageRound", "Enter a round between 1 and 20"],
    [{ feedback: "x".repeat(5001) }, "feedback", "Use at most 5,000 characters"],
    [{ senderId: "new" }, "newSenderName", "Enter the name of the person who sent it"],
    [{ senderId: "new", newSenderName: "Sam", newSenderEmail: "not-an-email" }, "newSenderEmail", "Enter a valid email address, like name@example.com"],
    [{ senderId: "'; DROP TABLE \"Contact\"; --" }, "senderId", "That is not a valid id"],
    [{ newSenderName: "<script>".repeat(40) }, "newSenderName", "Use at most 120 characters"],
  ])("%j → a message on %s", (overrides, field, message) => {
    const result = logRejectionSchema.safeParse({ ...base, ...overrides });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error).fieldErrors[field]?.[0]).toBe(message);
  });

  it("stores HTML-ish and unicode text as typed, as text", async () => {
    const { user, application } = await scenario();
    const feedback = `<img src=x onerror=alert(1)> "quotes" — ünïcödé 🌉`;
    await logRejection(user.id, application.id, form({ feedback }));
    expect((await db.rejection.findFirstOrThrow({ where: { applicationId: application.id } })).feedback).toBe(feedback);
  });
});
