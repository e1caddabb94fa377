import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyProposal, logRejectionFromProposal } from "@/lib/server/inbox/apply-proposal";
import { getProposal, listProposals } from "@/lib/server/inbox/list-proposals";
import { readEmail } from "@/lib/server/inbox/read-email";
import { rejectionPrefill } from "@/lib/server/inbox/rejection-prefill";
import { chooseProposalApplication, dismissProposal } from "@/lib/server/inbox/resolve-proposal";
import { findOpenSession, openSession } from "@/lib/server/sessions/sessions";
import { logRejectionSchema } from "@/lib/validation/rejection";
import { CORPUS_DIR } from "../fixtures/mail/corpus";
import { createApplication, createCompany, createContact, createUser } from "../factories";
import { db } from "../support/db";

const corpusFile = (name: string) => readFileSync(path.join(CORPUS_DIR, name));

/** The Inbox badge's number, as a signed-in page reads it: through the session's own query. */
async function countOpenProposals(userId: string) {
  return (await findOpenSession(await openSession(userId, null), userId))!.openProposals;
}

function email({ from, subject, body, date = "Tue, 02 Dec 2025 09:14:00 +0000", id = crypto.randomUUID() }: { from: string; subject: string; body: string; date?: string; id?: string }) {
  return `From: ${from}\r\nTo: alex@example.org\r\nSubject: ${subject}\r\nDate: ${date}\r\nMessage-ID: <${id}@mail.test>\r\n\r\n${body}\r\n`;
}

async function scenario() {
  const user = await createUser(db, { timeZone: "Europe/Berlin" });
  const lumen = await createCompany(db, user.id, { name: "Lumen Labs, Inc." });
  const analyst = await createApplication(db, user.id, { companyId: lumen.id, role: "Product Analyst", status: "interviewing" });
  const scientist = await createApplication(db, user.id, { companyId: lumen.id, role: "Data Scientist", status: "applied" });
  return { user, lumen, analyst, scientist };
}

describe("reading an email", () => {
  it("records one proposal per message, matched to the application, with the rule and an excerpt", async () => {
    const { user, analyst } = await scenario();
    const first = await readEmail(user.id, corpusFile("001-rejection-greenhouse-en.eml"), { source: "upload" });
    const again = await readEmail(user.id, corpusFile("001-rejection-greenhouse-en.eml"), { source: "paste" });
    expect(first).toMatchObject({ ok: true, duplicate: false });
    expect(again).toEqual({ ok: true, proposalId: first.ok && first.proposalId, duplicate: true });

    const proposal = await getProposal(user.id, first.ok ? first.proposalId : "");
    expect(proposal).toMatchObject({
      kind: "rejection",
      ats: "Greenhouse",
      rule: "rejection.en.other-candidates",
      applicationId: analyst.id,
      status: "open",
      sentAt: new Date("2025-12-02T09:14:00Z"),
      fullText: null,
    });
    expect(proposal!.excerpt).toContain("we have decided to move forward with other candidates");
    expect(Buffer.byteLength(proposal!.excerpt)).toBeLessThanOrEqual(2048);
    expect(proposal!.feedback).toContain("impressed by your SQL case study");
    expect(await countOpenProposals(user.id)).toBe(1);
  });

  it("reads the same message once under many concurrent requests", async () => {
    const { user } = await scenario();
    const source = corpusFile("034-received-greenhouse-en.eml");
    const results = await Promise.all(Array.from({ length: 6 }, () => readEmail(user.id, source, { source: "imap" })));
    expect(new Set(results.map((result) => result.ok && result.proposalId)).size).toBe(1);
    expect(await db.inboxProposal.count({ where: { userId: user.id } })).toBe(1);
  });

  it("keeps the full message only when asked", async () => {
    const { user } = await scenario();
    const result = await readEmail(user.id, corpusFile("052-interview-greenhouse-en.eml"), { source: "paste", keepFullMessage: true });
    const proposal = await getProposal(user.id, result.ok ? result.proposalId : "");
    expect(proposal!.fullText).toContain("30-minute phone interview");
  });

  it("answers bad input with a message and records nothing", async () => {
    const { user } = await scenario();
    expect(await readEmail(user.id, "just some words", { source: "paste" })).toMatchObject({ ok: false, message: expect.stringMatching(/does not look like an email/) });
    expect(await readEmail(user.id, Buffer.alloc(20 * 1024 * 1024, 0x61), { source: "upload" })).toMatchObject({ ok: false, message: expect.stringMatching(/larger than/) });
    expect(await db.inboxProposal.count({ where: { userId: user.id } })).toBe(0);
  });

  it("files a message that proposes nothing as dismissed, off the count", async () => {
    const { user } = await scenario();
    await readEmail(user.id, corpusFile("078-other-company-en.eml"), { source: "upload" });
    expect(await countOpenProposals(user.id)).toBe(0);
  });

  it("asks when two applications fit, and lets the user choose", async () => {
    const { user, scientist } = await scenario();
    const result = await readEmail(user.id, email({ from: "Lumen Labs <no-reply@ashbyhq.com>", subject: "Schedule your interview", body: "Please schedule a call with the team." }), { source: "paste" });
    const id = result.ok ? result.proposalId : "";
    const { open, candidates } = await listProposals(user.id);
    expect(open[0]).toMatchObject({ id, application: null });
    expect(candidates.map((candidate) => candidate.role).sort()).toEqual(["Data Scientist", "Product Analyst"]);
    await chooseProposalApplication(user.id, id, scientist.id);
    expect(await getProposal(user.id, id)).toMatchObject({ applicationId: scientist.id, candidateIds: [] });
  });
});

describe("applying a proposal", () => {
  it("a rejection: prefilled from the message, logged through logRejection, then applied", async () => {
    const { user, analyst } = await scenario();
    const jane = await createContact(db, user.id, { name: "Jane Park", email: "jane.park@lumenlabs.io" });
    const read = await readEmail(
      user.id,
      email({
        from: "Jane Park <Jane.Park@lumenlabs.io>",
        subject: "Product Analyst role",
        date: "Mon, 01 Dec 2025 23:30:00 +0000",
        body: "Hi Alex,\n\nWe have decided to go in a different direction for the Product Analyst role.\n\nThe team felt you needed more experience with experimentation.\n\nJane Park\nLumen Labs",
      }),
      { source: "paste" },
    );
    const proposalId = read.ok ? read.proposalId : "";
    expect(await applyProposal(user.id, proposalId, { company: null, role: null }, user.timeZone)).toEqual({ next: "rejection", applicationId: analyst.id });

    const prefill = await rejectionPrefill(user.id, proposalId, analyst.id, user.timeZone);
    // 23:30 UTC on 1 December is already 2 December in Berlin.
    expect(prefill).toEqual({
      proposalId,
      fields: {
        receivedOn: "2025-12-02",
        channel: "email",
        senderId: jane.id,
        newSenderName: "",
        newSenderEmail: "",
        feedback: "The team felt you needed more experience with experimentation.",
      },
    });
    const { fields } = prefill!;
    const input = logRejectionSchema.parse({ receivedOn: fields.receivedOn, stageReached: "interview", channel: "email", senderId: fields.senderId, feedback: fields.feedback });
    const logged = await logRejectionFromProposal(user.id, proposalId, analyst.id, input);
    expect(logged.lettersDrafted).toBeGreaterThan(0);
    expect(await db.application.findFirst({ where: { id: analyst.id } })).toMatchObject({ status: "rejected" });
    expect(await getProposal(user.id, proposalId)).toMatchObject({ status: "applied" });
    expect(await countOpenProposals(user.id)).toBe(0);
  });

  it("a rejection from someone unknown proposes them as a new sender; a no-reply address as nobody", async () => {
    const { user, analyst } = await scenario();
    const person = await readEmail(user.id, email({ from: "Sam Ortega <sam@lumenlabs.io>", subject: "Product Analyst", body: "We regret to inform you that we will not be moving forward." }), { source: "paste" });
    const machine = await readEmail(user.id, corpusFile("001-rejection-greenhouse-en.eml"), { source: "paste" });
    expect(await rejectionPrefill(user.id, person.ok ? person.proposalId : "", analyst.id, "UTC")).toMatchObject({ fields: { senderId: "new", newSenderName: "Sam Ortega", newSenderEmail: "sam@lumenlabs.io" } });
    expect(await rejectionPrefill(user.id, machine.ok ? machine.proposalId : "", analyst.id, "UTC")).toMatchObject({ fields: { senderId: "", newSenderName: "" } });
  });

  it("a confirmation for an unknown company creates the application", async () => {
    const { user } = await scenario();
    const read = await readEmail(user.id, corpusFile("035-received-lever-en.eml"), { source: "upload" });
    const proposalId = read.ok ? read.proposalId : "";
    expect(await getProposal(user.id, proposalId)).toMatchObject({ applicationId: null, suggestedCompany: "Kestrel Analytics", suggestedRole: "Data Engineer" });
    const outcome = await applyProposal(user.id, proposalId, { company: null, role: null }, "UTC");
    const created = await db.application.findFirst({ where: { id: outcome.applicationId, userId: user.id }, include: { company: true } });
    expect(created).toMatchObject({ role: "Data Engineer", status: "applied", source: "Lever", postingUrl: "https://jobs.lever.co/kestrel/1f2e3d4c", appliedOn: new Date("2025-12-02") });
    expect(created!.company.name).toBe("Kestrel Analytics");
    expect(await getProposal(user.id, proposalId)).toMatchObject({ status: "applied", applicationId: created!.id });
  });

  it("a confirmation fills in what the application lacks and keeps the rest", async () => {
    const { user, scientist } = await scenario();
    await db.application.update({ where: { id: scientist.id }, data: { status: "wishlist", appliedOn: null, source: "Referral" } });
    const read = await readEmail(user.id, email({ from: "Lumen Labs <no-reply@us.greenhouse-mail.io>", subject: "Thank you for applying to Lumen Labs", body: "Thanks for applying for the Data Scientist role." }), { source: "paste" });
    await applyProposal(user.id, read.ok ? read.proposalId : "", { company: null, role: null }, "UTC");
    expect(await db.application.findFirst({ where: { id: scientist.id } })).toMatchObject({ status: "applied", appliedOn: new Date("2025-12-02"), source: "Referral" });
  });

  it("an invitation moves the application to Interviewing and names the time", async () => {
    const { user, scientist } = await scenario();
    const read = await readEmail(
      user.id,
      email({ from: "Lumen Labs <no-reply@us.greenhouse-mail.io>", subject: "Interview invitation: Data Scientist", body: "We would like to invite you to an interview on Tuesday, 9 December 2025 at 10:00." }),
      { source: "paste" },
    );
    expect(await applyProposal(user.id, read.ok ? read.proposalId : "", { company: null, role: null }, "UTC")).toEqual({
      next: "interview",
      applicationId: scientist.id,
      interviewAt: "2025-12-09T10:00",
    });
    expect(await db.application.findFirst({ where: { id: scientist.id } })).toMatchObject({ status: "interviewing" });
  });

  it("asks for the company and role when the message does not name them", async () => {
    const { user } = await scenario();
    const read = await readEmail(user.id, email({ from: "someone@nowhere.example", subject: "Hello", body: "Thank you for applying!" }), { source: "paste" });
    await expect(applyProposal(user.id, read.ok ? read.proposalId : "", { company: null, role: null }, "UTC")).rejects.toMatchObject({ code: "INVALID", fieldErrors: { role: expect.any(Array) } });
  });
});

describe("another user's proposals", () => {
  it("are not found: not read, listed, counted, applied, chosen, prefilled or dismissed", async () => {
    const { user, analyst } = await scenario();
    const other = await scenario();
    const read = await readEmail(user.id, corpusFile("001-rejection-greenhouse-en.eml"), { source: "upload" });
    const id = read.ok ? read.proposalId : "";

    expect(await getProposal(other.user.id, id)).toBeNull();
    expect((await listProposals(other.user.id)).open).toEqual([]);
    expect(await countOpenProposals(other.user.id)).toBe(0);
    await expect(applyProposal(other.user.id, id, { company: "X", role: "Y" }, "UTC")).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(dismissProposal(other.user.id, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(chooseProposalApplication(other.user.id, id, other.analyst.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    // Nor can a user point their own proposal at someone else's application.
    await expect(chooseProposalApplication(user.id, id, other.analyst.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await rejectionPrefill(other.user.id, id, analyst.id, "UTC")).toBeNull();
    const input = logRejectionSchema.parse({ receivedOn: "2025-12-02", stageReached: "applied", channel: "email" });
    await expect(logRejectionFromProposal(other.user.id, id, other.analyst.id, input)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await getProposal(user.id, id)).toMatchObject({ status: "open" });
    // The same message read by the other user is theirs, separately.
    expect(await readEmail(other.user.id, corpusFile("001-rejection-greenhouse-en.eml"), { source: "upload" })).toMatchObject({ ok: true, duplicate: false });
  });
});
