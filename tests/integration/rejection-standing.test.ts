import { describe, expect, it } from "vitest";
import { acceptFollowUpPlan } from "@/lib/server/follow-up-plans/accept-follow-up-plan";
import { listUnfinishedRejections } from "@/lib/server/dashboard/list-unfinished-rejections";
import { markLetterSent } from "@/lib/server/letters/mark-letter-sent";
import { skipLetter } from "@/lib/server/letters/skip-letter";
import { getRejectionStanding } from "@/lib/server/rejections/get-rejection-standing";
import { logRejection } from "@/lib/server/rejections/log-rejection";
import { acceptPlanSchema } from "@/lib/validation/follow-up-plan";
import { logRejectionSchema } from "@/lib/validation/rejection";
import { createApplication, createCompany, createContact, createInterview, createUser } from "../factories";
import { db } from "../support/db";

/** A rejection after an interview with Dana, sent by Rita: two draft letters, no plan yet. */
async function rejected(userId: string, role: string, receivedOn: string) {
  const company = await createCompany(db, userId, { name: `Northwind ${role}` });
  const application = await createApplication(db, userId, { companyId: company.id, role });
  const dana = await createContact(db, userId, { name: "Dana Smith" });
  const rita = await createContact(db, userId, { name: "Rita Ortiz", role: "recruiter" });
  await createInterview(db, userId, application.id, { interviewerIds: [dana.id], scheduledAt: new Date("2026-11-02T15:00:00Z") });
  const input = logRejectionSchema.parse({
    receivedOn,
    stageReached: "interview",
    stageRound: "2",
    channel: "call",
    senderId: rita.id,
    feedback: "Strong on systems; less on payments.",
    renewedInterest: "on",
  });
  await logRejection(userId, application.id, input, new Date(`${receivedOn}T15:00:00Z`));
  const letters = await db.letter.findMany({ where: { userId, applicationId: application.id }, orderBy: { createdAt: "asc" } });
  return { application, dana, rita, letters };
}

async function sendAll(userId: string, letters: { id: string; subject: string; body: string }[]) {
  for (const letter of letters) await markLetterSent(userId, letter.id, { subject: letter.subject, body: letter.body });
}

async function acceptAPlan(userId: string, applicationId: string, contactId: string) {
  await acceptFollowUpPlan(userId, applicationId, acceptPlanSchema.parse({ items: [{ include: "on", kind: "check_in", title: "Check in", contactId, dueOn: "2027-01-25" }] }));
}

describe("where a rejection stands", () => {
  it("shows what was logged, each letter's state and whether the plan is accepted", async () => {
    const user = await createUser(db);
    const { application, dana, rita, letters } = await rejected(user.id, "Product Engineer", "2026-11-26");
    const toDana = letters.find((letter) => letter.contactId === dana.id)!;
    const toRita = letters.find((letter) => letter.contactId === rita.id)!;

    const before = await getRejectionStanding(user.id, application.id);
    expect(before).toMatchObject({
      applicationId: application.id,
      receivedOn: new Date("2026-11-26T00:00:00Z"),
      stageReached: "interview",
      stageRound: 2,
      channel: "call",
      feedback: "Strong on systems; less on payments.",
      sender: { id: rita.id, name: "Rita Ortiz" },
      planFollowUps: 0,
    });
    expect(before!.letters.map((letter) => [letter.contact?.name, letter.status]).sort()).toEqual([
      ["Dana Smith", "draft"],
      ["Rita Ortiz", "draft"],
    ]);

    await markLetterSent(user.id, toDana.id, { subject: toDana.subject, body: toDana.body });
    await skipLetter(user.id, toRita.id);
    await acceptAPlan(user.id, application.id, rita.id);
    const after = await getRejectionStanding(user.id, application.id);
    expect(after!.letters.map((letter) => [letter.id, letter.status]).sort()).toEqual(
      [
        [toDana.id, "sent"],
        [toRita.id, "skipped"],
      ].sort(),
    );
    expect(after!.planFollowUps).toBe(1);
  });

  it("is null without a rejection, for a deleted application, and for another user", async () => {
    const alice = await createUser(db);
    const bob = await createUser(db);
    const open = await createApplication(db, alice.id);
    expect(await getRejectionStanding(alice.id, open.id)).toBeNull();
    const { application } = await rejected(alice.id, "Data Engineer", "2026-11-20");
    expect(await getRejectionStanding(bob.id, application.id)).toBeNull();
    await db.application.update({ where: { id: application.id }, data: { deletedAt: new Date() } });
    expect(await getRejectionStanding(alice.id, application.id)).toBeNull();
  });
});

describe("the dashboard's “Finish what you started”", () => {
  it("lists rejections with letters to write or no accepted plan, the latest first, and not the finished ones", async () => {
    const user = await createUser(db);
    const drafts = await rejected(user.id, "Product Engineer", "2026-11-26");
    const noPlan = await rejected(user.id, "Data Engineer", "2026-11-20");
    await sendAll(user.id, noPlan.letters);
    const planOnly = await rejected(user.id, "Platform Engineer", "2026-11-10");
    await acceptAPlan(user.id, planOnly.application.id, planOnly.rita.id);
    const finished = await rejected(user.id, "Site Reliability Engineer", "2026-11-05");
    await sendAll(user.id, finished.letters);
    await acceptAPlan(user.id, finished.application.id, finished.rita.id);
    const deleted = await rejected(user.id, "Deleted Engineer", "2026-11-25");
    await db.application.update({ where: { id: deleted.application.id }, data: { deletedAt: new Date() } });

    const { rejections, total } = await listUnfinishedRejections(user.id);
    expect(total).toBe(3);
    expect(rejections.map((rejection) => [rejection.role, rejection.lettersToWrite, rejection.planAccepted])).toEqual([
      ["Product Engineer", 2, false],
      ["Data Engineer", 0, false],
      ["Platform Engineer", 2, true],
    ]);
    expect(rejections[0]).toMatchObject({ applicationId: drafts.application.id, companyName: "Northwind Product Engineer", receivedOn: new Date("2026-11-26T00:00:00Z") });

    const firstTwo = await listUnfinishedRejections(user.id, 2);
    expect([firstTwo.rejections.length, firstTwo.total]).toEqual([2, 3]);
  });

  it("shows user B nothing of user A's", async () => {
    const alice = await createUser(db);
    const bob = await createUser(db);
    await rejected(alice.id, "Product Engineer", "2026-11-26");
    expect(await listUnfinishedRejections(bob.id)).toEqual({ rejections: [], total: 0 });
    expect((await listUnfinishedRejections(alice.id)).total).toBe(1);
  });
});
