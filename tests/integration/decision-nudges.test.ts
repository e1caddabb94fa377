// The nudge job is run scoped to each test's own user, so this file can run beside the others.
import { describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { runDecisionNudges } from "@/lib/jobs/decision-nudges";
import { changeApplicationStatus } from "@/lib/server/applications/change-application-status";
import { advanceDecisionNudge } from "@/lib/server/follow-ups/advance-decision-nudge";
import { completeFollowUp } from "@/lib/server/follow-ups/complete-follow-up";
import { logInteraction } from "@/lib/server/interactions/log-interaction";
import { createApplication, createContact, createInterview, createUser } from "../factories";
import { db } from "../support/db";

const LONDON = "Europe/London";
// Thursday 26 November 2026, afternoon in London; the decision was promised for Friday the 20th.
const NOW = new Date("2026-11-26T14:00:00Z");
const days = (n: number) => new Date(NOW.getTime() + n * 24 * 3600 * 1000);

async function waitingApplication() {
  const user = await createUser(db, { timeZone: LONDON });
  const application = await createApplication(db, user.id, { status: "interviewing", decisionExpectedOn: new Date("2026-11-20") });
  const recruiter = await createContact(db, user.id, { name: "Rita Recruiter", role: "recruiter", companyId: application.companyId });
  return { user, application, recruiter };
}

const nudgesOf = (applicationId: string) =>
  db.followUp.findMany({ where: { applicationId, origin: "decision_nudge" }, orderBy: { createdAt: "asc" } });
const run = (userId: string, now = NOW) => runDecisionNudges(db, { userId, now });

describe("decision-date nudges", () => {
  it("proposes one polite nudge to the recruiter, on a weekday morning, once", async () => {
    const { user, application, recruiter } = await waitingApplication();
    expect(await run(user.id)).toEqual({ nudged: 1, ghosted: 0 });
    expect(await run(user.id)).toEqual({ nudged: 0, ghosted: 0 });

    const [nudge, ...more] = await nudgesOf(application.id);
    expect(more).toHaveLength(0);
    // Today's 09:00 has passed: the next working moment, Friday 09:00 in London (not at once, at 14:00).
    expect(nudge).toMatchObject({ userId: user.id, contactId: recruiter.id, status: "pending", origin: "decision_nudge", dueAt: new Date("2026-11-27T09:00:00Z") });
    expect(nudge!.title).toBe(`Ask Rita Recruiter about the decision on ${application.role}`);
    expect(nudge!.notes).toContain("20 November 2026");
  });

  it("falls back to the referrer, and waits while the promised day is not over", async () => {
    const user = await createUser(db, { timeZone: "America/New_York" });
    const referrer = await createContact(db, user.id, { role: "referrer" });
    const application = await createApplication(db, user.id, { referrerId: referrer.id, decisionExpectedOn: new Date("2026-11-26") });
    // 03:00 UTC on the 27th is still the 26th in New York.
    expect(await run(user.id, new Date("2026-11-27T03:00:00Z"))).toEqual({ nudged: 0, ghosted: 0 });
    expect(await run(user.id, new Date("2026-11-27T06:00:00Z"))).toEqual({ nudged: 1, ghosted: 0 });
    // Friday the 27th, 09:00 in New York.
    expect(await nudgesOf(application.id)).toMatchObject([{ contactId: referrer.id, dueAt: new Date("2026-11-27T14:00:00Z") }]);
  });

  it("leaves applications that are not waiting for a decision alone", async () => {
    const user = await createUser(db, { timeZone: LONDON });
    for (const status of ["wishlist", "offer", "rejected", "ghosted"] as const) {
      await createApplication(db, user.id, { status, decisionExpectedOn: new Date("2026-11-01") });
    }
    await createApplication(db, user.id, { decisionExpectedOn: new Date("2026-11-01"), deletedAt: new Date() });
    await createApplication(db, user.id, { decisionExpectedOn: null });
    expect(await run(user.id)).toEqual({ nudged: 0, ghosted: 0 });
    expect(await db.followUp.count({ where: { userId: user.id } })).toBe(0);
  });

  it("proposes the next nudge a week after one is done, then marks the application ghosted after three unanswered", async () => {
    const { user, application } = await waitingApplication();
    await run(user.id);
    let doneAt = NOW;
    for (const number of [1, 2, 3]) {
      const open = await db.followUp.findFirstOrThrow({ where: { applicationId: application.id, status: "pending" } });
      expect(open.notes).toContain(number === 1 ? "They expected to decide" : `nudge ${number} of 3`);
      await completeFollowUp(user.id, open.id, doneAt);
      doneAt = days(7 * number);
    }
    const nudges = await nudgesOf(application.id);
    expect(nudges.map((nudge) => nudge.status)).toEqual(["done", "done", "done"]);
    // Each next one was due a week after the previous was done: Thursday 3 and 10 December, 09:00.
    expect(nudges.slice(1).map((nudge) => nudge.dueAt.toISOString())).toEqual(["2026-12-03T09:00:00.000Z", "2026-12-10T09:00:00.000Z"]);

    // A week's grace after the third (done on 10 December) before calling it.
    expect(await run(user.id, new Date("2026-12-16T12:00:00Z"))).toEqual({ nudged: 0, ghosted: 0 });
    expect(await run(user.id, new Date("2026-12-17T12:00:00Z"))).toEqual({ nudged: 0, ghosted: 1 });
    expect(await db.application.findUniqueOrThrow({ where: { id: application.id } })).toMatchObject({ status: "ghosted" });
    const activity = await db.activity.findFirstOrThrow({ where: { applicationId: application.id, kind: "status_changed" } });
    expect(activity.summary).toBe("Status changed from Interviewing to Ghosted after 3 unanswered nudges");
    expect(await run(user.id, new Date("2026-12-30T12:00:00Z"))).toEqual({ nudged: 0, ghosted: 0 });
  });

  it("stops when a reply is logged, from the nudged contact or anyone else in that process", async () => {
    const { user, application, recruiter } = await waitingApplication();
    await run(user.id);
    await logInteraction(user.id, { contactId: recruiter.id, kind: "reply_received", occurredAt: days(1) });
    expect((await nudgesOf(application.id)).map((nudge) => nudge.status)).toEqual(["dismissed"]);
    expect(await run(user.id, days(30))).toEqual({ nudged: 0, ghosted: 0 });

    // An interviewer answers between two nudges: no second nudge, no ghosting.
    const other = await waitingApplication();
    const interviewer = await createContact(db, other.user.id, { name: "Dana Smith" });
    await createInterview(db, other.user.id, other.application.id, { interviewerIds: [interviewer.id] });
    await run(other.user.id);
    const first = await db.followUp.findFirstOrThrow({ where: { applicationId: other.application.id } });
    await logInteraction(other.user.id, { contactId: interviewer.id, kind: "reply_received", occurredAt: days(1) });
    expect(await db.followUp.findUniqueOrThrow({ where: { id: first.id } })).toMatchObject({ status: "dismissed" });
    expect(await run(other.user.id, days(60))).toEqual({ nudged: 0, ghosted: 0 });
    expect(await db.application.findUniqueOrThrow({ where: { id: other.application.id } })).toMatchObject({ status: "interviewing" });
  });

  it("a reply logged before the nudge was proposed doesn't count, but one after it does", async () => {
    const { user, application, recruiter } = await waitingApplication();
    await logInteraction(user.id, { contactId: recruiter.id, kind: "reply_received", occurredAt: days(-20) });
    await run(user.id);
    const first = await db.followUp.findFirstOrThrow({ where: { applicationId: application.id } });
    await completeFollowUp(user.id, first.id, days(1));
    // The reply comes in about this application, while the second nudge is open.
    const second = await db.followUp.findFirstOrThrow({ where: { applicationId: application.id, status: "pending" } });
    const someone = await createContact(db, user.id);
    await logInteraction(user.id, { contactId: someone.id, applicationId: application.id, kind: "reply_received", occurredAt: days(2) });
    expect(await db.followUp.findUniqueOrThrow({ where: { id: second.id } })).toMatchObject({ status: "dismissed" });
  });

  it("drops the open nudge once the decision comes", async () => {
    const { user, application } = await waitingApplication();
    await run(user.id);
    await changeApplicationStatus(user.id, application.id, "offer");
    await run(user.id);
    expect((await nudgesOf(application.id)).map((nudge) => nudge.status)).toEqual(["dismissed"]);
  });

  it("another user's application: nothing proposed, nothing changed", async () => {
    const alice = await waitingApplication();
    const bob = await createUser(db, { timeZone: LONDON });
    expect(await advanceDecisionNudge(bob.id, alice.application.id, { now: NOW })).toBeNull();
    expect(await run(bob.id)).toEqual({ nudged: 0, ghosted: 0 });
    expect(await db.followUp.count({ where: { OR: [{ applicationId: alice.application.id }, { userId: bob.id }] } })).toBe(0);

    await run(alice.user.id);
    const nudge = await db.followUp.findFirstOrThrow({ where: { applicationId: alice.application.id } });
    await expect(completeFollowUp(bob.id, nudge.id, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.followUp.findUniqueOrThrow({ where: { id: nudge.id } })).toMatchObject({ status: "pending" });
  });

  it("workers running at once propose a single nudge per application", async () => {
    const { user, application } = await waitingApplication();
    const clients = Array.from({ length: 3 }, () => createPrismaClient(process.env.DATABASE_URL));
    try {
      await Promise.all(clients.map((client) => runDecisionNudges(client, { userId: user.id, now: NOW })));
    } finally {
      await Promise.all(clients.map((client) => client.$disconnect()));
    }
    expect(await nudgesOf(application.id)).toHaveLength(1);
  });
});
