import { describe, expect, it } from "vitest";
import { listRecentActivity } from "@/lib/server/activity/list-recent-activity";
import { listTimeline } from "@/lib/server/activity/list-timeline";
import { deleteApplication } from "@/lib/server/applications/delete-application";
import { addInterview } from "@/lib/server/interviews/add-interview";
import { deleteInterview } from "@/lib/server/interviews/delete-interview";
import { listUpcomingInterviews } from "@/lib/server/interviews/list-upcoming-interviews";
import { setInterviewOutcome } from "@/lib/server/interviews/set-interview-outcome";
import { updateInterview } from "@/lib/server/interviews/update-interview";
import { interviewFormToObject, interviewSchema } from "@/lib/validation/interview";
import { createApplication, createContact, createInterview, createUser } from "../factories";
import { db } from "../support/db";

const notFound = { code: "NOT_FOUND" };

function formData(entries: [string, string][]) {
  const data = new FormData();
  for (const [key, value] of entries) data.append(key, value);
  return data;
}

const parse = (entries: [string, string][], timeZone = "America/New_York") => interviewSchema(timeZone).safeParse(interviewFormToObject(formData(entries)));

describe("what you talked about with each interviewer", () => {
  it("is kept per person, for chosen and new people alike, and replaced on edit; a note for someone not chosen is dropped", async () => {
    const user = await createUser(db);
    const application = await createApplication(db, user.id);
    const dana = await createContact(db, user.id, { name: "Dana Smith" });
    const eli = await createContact(db, user.id, { name: "Eli Cohen" });
    const parsed = parse([
      ["scheduledAt", "2026-12-03T14:30"],
      ["kind", "panel"],
      ["interviewerIds", dana.id],
      [`interviewerNote.${dana.id}`, "data contracts between teams"],
      [`interviewerNote.${eli.id}`, "not chosen, so not kept"],
      ["newInterviewerName", "Fang Wang"],
      ["newInterviewerEmail", "fang@example.test"],
      ["newInterviewerNote", "the search roadmap"],
    ]);
    expect(parsed.success).toBe(true);
    const { id } = await addInterview(user.id, application.id, parsed.data!);
    const notes = async () =>
      Object.fromEntries(
        (await db.interviewInterviewer.findMany({ where: { interviewId: id }, include: { contact: true } })).map((row) => [row.contact.name, row.note]),
      );
    expect(await notes()).toEqual({ "Dana Smith": "data contracts between teams", "Fang Wang": "the search roadmap" });

    const edited = parse([
      ["scheduledAt", "2026-12-03T14:30"],
      ["kind", "panel"],
      ["interviewerIds", dana.id],
      ["interviewerIds", eli.id],
      [`interviewerNote.${dana.id}`, ""],
      [`interviewerNote.${eli.id}`, "on-call rotations"],
    ]);
    await updateInterview(user.id, id, edited.data!);
    expect(await notes()).toEqual({ "Dana Smith": null, "Eli Cohen": "on-call rotations" });
  });

  it("refuses a note that is too long, on the form", () => {
    const result = parse([
      ["scheduledAt", "2026-12-03T14:30"],
      ["kind", "panel"],
      ["interviewerIds", "c123"],
      ["interviewerNote.c123", "x".repeat(301)],
    ]);
    expect(result.success).toBe(false);
  });
});

describe("adding an interview", () => {
  it("reads the moment in the user's zone, links chosen contacts and creates new ones inline", async () => {
    const user = await createUser(db);
    const application = await createApplication(db, user.id);
    const existing = await createContact(db, user.id, { name: "Ana Existing", email: "ana@example.test" });
    const parsed = parse([
      ["scheduledAt", "2026-12-03T14:30"],
      ["kind", "technical"],
      ["interviewerIds", existing.id],
      ["newInterviewerName", "Ben New"],
      ["newInterviewerEmail", "Ben@Example.test"],
      ["newInterviewerName", "Ana Again"],
      ["newInterviewerEmail", "ANA@example.test"], // the same person as the existing contact
      ["newInterviewerName", ""],
      ["newInterviewerEmail", ""],
    ]);
    expect(parsed.success).toBe(true);
    const { id } = await addInterview(user.id, application.id, parsed.data!);

    const interview = await db.interview.findUniqueOrThrow({ where: { id }, include: { interviewers: { include: { contact: true } } } });
    expect(interview.scheduledAt.toISOString()).toBe("2026-12-03T19:30:00.000Z"); // 14:30 EST
    expect(interview.interviewers.map((row) => row.contact.name).sort()).toEqual(["Ana Existing", "Ben New"]);
    const ben = interview.interviewers.find((row) => row.contact.name === "Ben New")!.contact;
    expect(ben).toMatchObject({ email: "ben@example.test", role: "interviewer", companyId: application.companyId, userId: user.id });
    expect((await listTimeline(user.id, { applicationId: application.id }))[0]!.summary).toMatch(/^Technical interview added with/);
    expect((await listTimeline(user.id, { contactId: ben.id })).map((entry) => entry.kind)).toContain("interview_added");
  });

  it("refuses another user's application or contacts, and creates nothing", async () => {
    const [alice, bob] = [await createUser(db), await createUser(db)];
    const alicesApplication = await createApplication(db, alice.id);
    const alicesContact = await createContact(db, alice.id);
    const bobsApplication = await createApplication(db, bob.id);
    const input = parse([["scheduledAt", "2026-12-03T14:30"], ["kind", "final"], ["newInterviewerName", "Cy"], ["newInterviewerEmail", "cy@example.test"]]).data!;
    await expect(addInterview(bob.id, alicesApplication.id, input)).rejects.toMatchObject(notFound);
    await expect(addInterview(bob.id, bobsApplication.id, { ...input, interviewerIds: [alicesContact.id] })).rejects.toMatchObject(notFound);
    expect(await db.interview.count({ where: { applicationId: { in: [alicesApplication.id, bobsApplication.id] } } })).toBe(0);
    expect(await db.contact.count({ where: { userId: bob.id } })).toBe(0);
  });

  it("gives each malformed field its message", () => {
    const fields = (entries: [string, string][]) => {
      const result = parse(entries);
      return result.success ? [] : Object.keys(result.error.flatten().fieldErrors).sort();
    };
    expect(fields([["scheduledAt", ""], ["kind", "technical"]])).toEqual(["scheduledAt"]);
    expect(fields([["scheduledAt", "2026-02-30T10:00"], ["kind", "technical"]])).toEqual(["scheduledAt"]);
    expect(fields([["scheduledAt", "2026-12-01T25:00"], ["kind", "technical"]])).toEqual(["scheduledAt"]);
    expect(fields([["scheduledAt", "x".repeat(10_000)], ["kind", "<script>"]])).toEqual(["kind", "scheduledAt"]);
    expect(fields([["scheduledAt", "2026-12-01T10:00"], ["kind", "technical"], ["newInterviewerName", "Dee"], ["newInterviewerEmail", "not-an-email"]])).toEqual(["newInterviewers"]);
    expect(fields([["scheduledAt", "2026-12-01T10:00"], ["kind", "technical"], ["newInterviewerName", ""], ["newInterviewerEmail", "dee@example.test"]])).toEqual(["newInterviewers"]);
    expect(fields([["scheduledAt", "2026-12-01T10:00"], ["kind", "technical"], ["round", "99"]])).toEqual(["round"]);
    expect(parse([["scheduledAt", "2026-12-01T10:00"], ["kind", "technical"], ["userId", "someone"]]).success).toBe(false);
  });
});

describe("interviews of another user", () => {
  it("cannot be updated or deleted", async () => {
    const [alice, bob] = [await createUser(db), await createUser(db)];
    const interview = await createInterview(db, alice.id, (await createApplication(db, alice.id)).id);
    await expect(setInterviewOutcome(bob.id, interview.id, "failed")).rejects.toMatchObject(notFound);
    await expect(deleteInterview(bob.id, interview.id)).rejects.toMatchObject(notFound);
    expect(await db.interview.findUniqueOrThrow({ where: { id: interview.id } })).toMatchObject({ outcome: "pending" });
    await setInterviewOutcome(alice.id, interview.id, "passed");
    await deleteInterview(alice.id, interview.id);
    expect(await db.interview.count({ where: { id: interview.id } })).toBe(0);
  });
});

describe("upcoming interviews and recent activity for the dashboard", () => {
  it("lists the window's interviews with application, company and interviewers, and none of another user's", async () => {
    const [alice, bob] = [await createUser(db), await createUser(db)];
    const application = await createApplication(db, alice.id);
    const contact = await createContact(db, alice.id);
    const soon = new Date(Date.now() + 2 * 3600 * 1000);
    await createInterview(db, alice.id, application.id, { scheduledAt: soon, interviewerIds: [contact.id] });
    await createInterview(db, alice.id, application.id, { scheduledAt: new Date(Date.now() + 30 * 24 * 3600 * 1000) });
    await createInterview(db, alice.id, application.id, { scheduledAt: new Date(Date.now() + 3600 * 1000), outcome: "cancelled" });
    const window = { from: new Date(), to: new Date(Date.now() + 7 * 24 * 3600 * 1000) };

    const upcoming = await listUpcomingInterviews(alice.id, window);
    expect(upcoming).toHaveLength(1);
    expect(upcoming[0]).toMatchObject({ scheduledAt: soon, application: { id: application.id, company: { id: application.companyId } } });
    expect(upcoming[0]!.interviewers.map((row) => row.contact.id)).toEqual([contact.id]);
    expect(await listUpcomingInterviews(bob.id, window)).toEqual([]);

    await deleteApplication(alice.id, application.id);
    expect(await listUpcomingInterviews(alice.id, window)).toEqual([]);
  });

  it("lists recent activity newest first, bounded, and only the user's", async () => {
    const [alice, bob] = [await createUser(db), await createUser(db)];
    const application = await createApplication(db, alice.id);
    await db.activity.createMany({
      data: Array.from({ length: 5 }, (_, index) => ({ userId: alice.id, applicationId: application.id, kind: "note_added" as const, summary: `n${index}`, occurredAt: new Date(Date.now() - index * 1000) })),
    });
    const recent = await listRecentActivity(alice.id, 3);
    expect(recent.map((entry) => entry.summary)).toEqual(["n0", "n1", "n2"]);
    expect(recent[0]!.application?.company.name).toBeTruthy();
    expect(await listRecentActivity(bob.id, 10)).toEqual([]);
  });
});

describe("editing an interview", () => {
  it("moves it to a new local time, replaces its panel and clears blanked fields, all at once", async () => {
    const user = await createUser(db, { timeZone: "Europe/London" });
    const application = await createApplication(db, user.id);
    const ana = await createContact(db, user.id, { name: "Ana Panel" });
    const ben = await createContact(db, user.id, { name: "Ben Panel" });
    const interview = await createInterview(db, user.id, application.id, { interviewerIds: [ana.id] });
    await db.interview.update({ where: { id: interview.id }, data: { round: 2, notes: "Asked about caching" } });

    const parsed = parse(
      [
        ["scheduledAt", "2026-12-10T09:15"],
        ["kind", "onsite"],
        ["round", ""],
        ["notes", ""],
        ["outcome", "passed"],
        ["interviewerIds", ben.id],
        ["newInterviewerName", "Cleo New"],
        ["newInterviewerEmail", "cleo@example.test"],
      ],
      "Europe/London",
    );
    expect(parsed.success).toBe(true);
    expect(await updateInterview(user.id, interview.id, parsed.data!)).toEqual({ id: interview.id, applicationId: application.id });

    const saved = await db.interview.findUniqueOrThrow({
      where: { id: interview.id },
      include: { interviewers: { select: { contact: { select: { name: true } } } } },
    });
    expect(saved).toMatchObject({ kind: "onsite", round: null, notes: null, outcome: "passed" });
    expect(saved.scheduledAt.toISOString()).toBe("2026-12-10T09:15:00.000Z");
    expect(saved.interviewers.map((row) => row.contact.name).sort()).toEqual(["Ben Panel", "Cleo New"]);
  });

  it("is not found for another user's interview, and refuses another user's contact without changing anything", async () => {
    const owner = await createUser(db);
    const stranger = await createUser(db);
    const application = await createApplication(db, owner.id);
    const interview = await createInterview(db, owner.id, application.id);
    const strangersContact = await createContact(db, stranger.id);
    const before = await db.interview.findUniqueOrThrow({ where: { id: interview.id } });
    const moved = parse([["scheduledAt", "2027-01-05T10:00"], ["kind", "final"]]).data!;

    await expect(updateInterview(stranger.id, interview.id, moved)).rejects.toMatchObject(notFound);
    await expect(
      updateInterview(owner.id, interview.id, { ...moved, interviewerIds: [strangersContact.id] }),
    ).rejects.toMatchObject(notFound);
    expect(await db.interview.findUniqueOrThrow({ where: { id: interview.id } })).toEqual(before);
    expect(await db.interviewInterviewer.count({ where: { contactId: strangersContact.id } })).toBe(0);
  });
});
