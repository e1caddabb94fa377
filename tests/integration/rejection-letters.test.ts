import { describe, expect, it } from "vitest";
import { countWords, letterWarnings, sharedSentenceRatio, WORDS_MAX, WORDS_MIN } from "@/lib/letters/letter-checks";
import { redraftRejectionLetter } from "@/lib/server/letters/draft-rejection-letters";
import { updateLetter } from "@/lib/server/letters/update-letter";
import { logRejection } from "@/lib/server/rejections/log-rejection";
import { letterFormSchema } from "@/lib/validation/letter";
import { logRejectionSchema } from "@/lib/validation/rejection";
import { createApplication, createCompany, createContact, createInterview, createUser } from "../factories";
import { db } from "../support/db";

const form = (overrides: Record<string, string> = {}) =>
  logRejectionSchema.parse({ receivedOn: "2026-11-20", stageReached: "final", channel: "email", closeSecond: "on", keepOnFile: "on", renewedInterest: "on", ...overrides });

/**
 * The case of issue 12: a panel of three (one of them noted by the name she goes by), a hiring
 * manager, a referrer, and a recruiter who sends the rejection with feedback and an offer to
 * keep the CV on file. Notes written the way people write them.
 */
async function panel() {
  const user = await createUser(db, { name: "Alex Morgan", timeZone: "Europe/London" });
  const company = await createCompany(db, user.id, { name: `Lumen Labs ${crypto.randomUUID().slice(0, 6)}` });
  const referrer = await createContact(db, user.id, { name: "Priya Nair", role: "referrer", email: "priya@example.test" });
  const application = await createApplication(db, user.id, { companyId: company.id, role: "Data Engineer", status: "interviewing", referrerId: referrer.id });
  const dana = await createContact(db, user.id, { name: "Dana Smith", role: "interviewer", email: "dana@lumen.test" });
  const eli = await createContact(db, user.id, { name: "Eli Cohen", role: "interviewer", email: "eli@lumen.test" });
  const fang = await createContact(db, user.id, { name: "王芳", addressAs: "Fang", role: "interviewer", email: "fang@lumen.test" });
  const hana = await createContact(db, user.id, { name: "Hana Kim", role: "hiring_manager", email: "hana@lumen.test" });
  const rita = await createContact(db, user.id, { name: "Rita Ortiz", role: "recruiter", email: "rita@lumen.test" });
  await createInterview(db, user.id, application.id, {
    scheduledAt: new Date("2026-11-12T10:00:00Z"),
    kind: "panel",
    notes: "Dana asked how I would design data contracts between teams; Eli focused on on-call rotations.\nFang walked me through the search roadmap. Dana and Eli both liked the migration story",
    interviewerIds: [dana.id, eli.id, fang.id],
  });
  await createInterview(db, user.id, application.id, {
    scheduledAt: new Date("2026-11-16T14:00:00Z"),
    kind: "final",
    notes: "Talked about the team's plans for 2027",
    interviewerIds: [hana.id],
    interviewerNotes: { [hana.id]: "how the team will split batch and streaming work next year" },
  });
  return { user, application, dana, eli, fang, hana, rita, referrer };
}

async function lettersOf(userId: string) {
  const letters = await db.letter.findMany({ where: { userId, kind: "rejection_thank_you" }, include: { contact: true }, orderBy: { createdAt: "asc" } });
  return Object.fromEntries(letters.map((letter) => [letter.contact!.addressAs ?? letter.contact!.name.split(" ")[0]!, letter]));
}

describe("the letters of one rejection", () => {
  it("each says only what is true of its recipient: their own line, and thanks only from the one who gave them", async () => {
    const { user, application, rita } = await panel();
    await logRejection(user.id, application.id, form({ senderId: rita.id, feedback: "We wanted more streaming experience." }));
    const letters = await lettersOf(user.id);
    expect(Object.keys(letters).sort()).toEqual(["Dana", "Eli", "Fang", "Hana", "Priya", "Rita"]);

    expect(letters.Dana).toMatchObject({ audience: "interviewer", detail: "you asked how I would design data contracts between teams" });
    expect(letters.Eli).toMatchObject({ audience: "interviewer", detail: "you focused on on-call rotations" });
    // 王芳 is noted as Fang, and greeted so.
    expect(letters.Fang).toMatchObject({ audience: "interviewer", detail: "you walked me through the search roadmap" });
    expect(letters.Fang!.body.startsWith("Dear Fang,\n")).toBe(true);
    // The hiring manager's own note wins over the interview notes.
    expect(letters.Hana).toMatchObject({ audience: "hiring_manager", detail: "how the team will split batch and streaming work next year" });
    expect(letters.Rita).toMatchObject({ audience: "sender", credited: true, detail: null });
    expect(letters.Priya).toMatchObject({ audience: "referrer" });
    expect(letters.Priya!.body).toContain("I reached the final round, but they have chosen another candidate.");

    // Never the raw note, never another person's clause.
    for (const letter of Object.values(letters)) {
      expect(letter.body).not.toContain("Eli focused");
      expect(letter.body).not.toContain("Dana and Eli");
    }
    expect(letters.Dana!.body).not.toMatch(/on-call|search roadmap/);
    expect(letters.Eli!.body).not.toMatch(/data contracts|search roadmap/);

    // Feedback, the offer to keep the CV and the close call: Rita gave them, only Rita is thanked.
    expect(letters.Rita!.body).toContain("Thank you as well for your feedback");
    expect(letters.Rita!.body).toContain("Thank you for offering to keep my CV on file");
    expect(letters.Rita!.body).toContain("It meant a lot to hear that the decision was a close one.");
    for (const name of ["Dana", "Eli", "Fang", "Hana", "Priya"]) {
      expect(letters[name]!.body).not.toMatch(/your feedback|offering to keep|close one/);
    }
  });

  it("are short, differ from each other, and pass every pre-send check", async () => {
    const { user, application, rita } = await panel();
    await logRejection(user.id, application.id, form({ senderId: rita.id, feedback: "More streaming, please." }));
    const letters = Object.values(await lettersOf(user.id));
    for (const letter of letters) {
      expect(countWords(letter.body)).toBeGreaterThanOrEqual(WORDS_MIN);
      expect(countWords(letter.body)).toBeLessThanOrEqual(WORDS_MAX);
      expect(letter.body.endsWith("\nAlex Morgan")).toBe(true);
      const others = letters.filter((other) => other.id !== letter.id).map((other) => ({ ...other.contact!, detail: other.detail, body: other.body }));
      expect(letterWarnings(letter.body, { signatureName: "Alex Morgan", others })).toEqual([]);
    }
    for (const [i, a] of letters.entries()) {
      for (const b of letters.slice(i + 1)) expect(sharedSentenceRatio(a.body, b.body)).toBeLessThanOrEqual(0.5);
    }
  });

  it("re-drafts with the line and credit the user chose, but never over their own edits", async () => {
    const { user, application, rita } = await panel();
    await logRejection(user.id, application.id, form({ senderId: rita.id, feedback: "More streaming, please." }));
    const { Dana: dana, Eli: eli } = await lettersOf(user.id);

    const line = "you told me about the team's move to data contracts";
    // As a browser posts it: the textarea's line breaks as CRLF, which is not an edit.
    const posted = letterFormSchema.parse({ subject: dana!.subject, body: dana!.body.replace(/\n/g, "\r\n"), detail: line, credited: "on" });
    expect(await redraftRejectionLetter(user.id, dana!.id, posted)).toEqual({ redrafted: true });
    const redrafted = await db.letter.findUniqueOrThrow({ where: { id: dana!.id } });
    expect(redrafted).toMatchObject({ detail: line, credited: true, edited: false });
    expect(redrafted.body).toContain(line);
    expect(redrafted.body).toContain("Thank you as well for your feedback");

    await updateLetter(user.id, eli!.id, { subject: eli!.subject, body: `${eli!.body}\nP.S. Mine.` });
    const outcome = await redraftRejectionLetter(user.id, eli!.id, { subject: eli!.subject, body: `${eli!.body}\nP.S. Mine.`, detail: "a new line", credited: false });
    expect(outcome).toEqual({ redrafted: false });
    const kept = await db.letter.findUniqueOrThrow({ where: { id: eli!.id } });
    expect(kept).toMatchObject({ detail: "a new line", edited: true });
    expect(kept.body.endsWith("P.S. Mine.")).toBe(true);

    // Unsaved typing counts as an edit too: it is saved, not replaced.
    const typed = `${redrafted.body} Typed but not saved.`;
    expect(await redraftRejectionLetter(user.id, dana!.id, { subject: redrafted.subject, body: typed, detail: line, credited: true })).toEqual({ redrafted: false });
    expect((await db.letter.findUniqueOrThrow({ where: { id: dana!.id } })).body).toBe(typed);
  });

  it("logging the rejection again re-drafts untouched drafts with the new facts and leaves edited, sent and skipped ones alone", async () => {
    const { user, application, rita } = await panel();
    await logRejection(user.id, application.id, form({ senderId: rita.id }));
    const before = await lettersOf(user.id);
    expect(before.Rita!.body).not.toContain("feedback");
    await updateLetter(user.id, before.Hana!.id, { subject: before.Hana!.subject, body: "Dear Hana,\n\nMy own words.\n\nAlex Morgan" });
    await db.letter.update({ where: { id: before.Dana!.id }, data: { status: "sent", sentAt: new Date() } });

    await logRejection(user.id, application.id, form({ senderId: rita.id, feedback: "More streaming, please." }));
    const after = await lettersOf(user.id);
    expect(after.Rita!.body).toContain("Thank you as well for your feedback");
    expect(after.Hana!.body).toBe("Dear Hana,\n\nMy own words.\n\nAlex Morgan");
    expect(after.Dana!.body).toBe(before.Dana!.body);
    expect(Object.keys(after)).toHaveLength(Object.keys(before).length);
  });

  it("re-drafting another user's letter is not found and changes nothing", async () => {
    const { user, application, rita } = await panel();
    await logRejection(user.id, application.id, form({ senderId: rita.id }));
    const { Dana: dana } = await lettersOf(user.id);
    const bob = await createUser(db);
    await expect(redraftRejectionLetter(bob.id, dana!.id, { subject: "x", body: "y", detail: "z", credited: true })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.letter.findUniqueOrThrow({ where: { id: dana!.id } })).body).toBe(dana!.body);
  });
});
