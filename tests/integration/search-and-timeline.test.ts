import { describe, expect, it } from "vitest";
import { listRecentActivity } from "@/lib/server/activity/list-recent-activity";
import { listTimeline } from "@/lib/server/activity/list-timeline";
import { listApplications } from "@/lib/server/applications/list-applications";
import { logInteraction } from "@/lib/server/interactions/log-interaction";
import { addInterview } from "@/lib/server/interviews/add-interview";
import { searchEverything } from "@/lib/server/search/search-everything";
import { applicationListQuerySchema } from "@/lib/validation/application";
import { interviewSchema } from "@/lib/validation/interview";
import { createApplication, createContact, createInterview, createUser } from "../factories";
import { db } from "../support/db";

describe("search", () => {
  it("finds text in interview notes, interviewer notes and notes — the user's only", async () => {
    const [alice, bob] = [await createUser(db), await createUser(db)];
    const byPanelNotes = await createApplication(db, alice.id, { role: "Analyst" });
    const byInterviewerNote = await createApplication(db, alice.id, { role: "Engineer" });
    const byNote = await createApplication(db, alice.id, { role: "Designer" });
    const dana = await createContact(db, alice.id, { name: "Dana Smith", notes: "met at the zebrafish meetup" });
    await createInterview(db, alice.id, byPanelNotes.id, { notes: "We talked about quokka migrations" });
    await createInterview(db, alice.id, byInterviewerNote.id, { interviewerIds: [dana.id], interviewerNotes: { [dana.id]: "the quokka roadmap" } });
    await db.note.create({ data: { userId: alice.id, applicationId: byNote.id, body: "Ask about the quokka budget" } });
    const bobs = await createApplication(db, bob.id, { role: "Quokka keeper" });
    await createInterview(db, bob.id, bobs.id, { notes: "quokka" });

    const found = await searchEverything(alice.id, "QUOKKA");
    expect(found.applications.map((hit) => hit.id).sort()).toEqual([byPanelNotes.id, byInterviewerNote.id, byNote.id].sort());
    expect((await searchEverything(alice.id, "zebrafish")).contacts.map((hit) => hit.id)).toEqual([dana.id]);
    // The list's filter is the same rule.
    const listed = await listApplications(alice.id, applicationListQuerySchema.parse({ q: "quokka" }));
    expect(listed.rows.map((row) => row.id).sort()).toEqual([byPanelNotes.id, byInterviewerNote.id, byNote.id].sort());
    expect((await searchEverything(bob.id, "zebrafish")).contacts).toEqual([]);
  });
});

describe("the timeline", () => {
  it("reads as sentences, and the feed shows an interview with three people once", async () => {
    const user = await createUser(db, { timeZone: "UTC" });
    const application = await createApplication(db, user.id, { role: "Engineer" });
    const sofia = await createContact(db, user.id, { name: "Sofía Hernández" });
    await logInteraction(user.id, { contactId: sofia.id, kind: "letter_sent", occurredAt: new Date("2026-11-20T10:00:00Z") });
    expect((await listTimeline(user.id, { contactId: sofia.id }))[0]!.summary).toBe("Letter sent to Sofía Hernández");

    const panel = await Promise.all(["Ann", "Ben", "Cy"].map((name) => createContact(db, user.id, { name })));
    const input = interviewSchema("UTC").parse({ scheduledAt: "2026-12-01T10:00", kind: "panel", interviewerIds: panel.map((person) => person.id) });
    await addInterview(user.id, application.id, input);
    const feed = await listRecentActivity(user.id);
    expect(feed.filter((entry) => entry.kind === "interview_added")).toHaveLength(1);
    // Each interviewer's own timeline still has it.
    for (const person of panel) expect((await listTimeline(user.id, { contactId: person.id })).some((entry) => entry.kind === "interview_added")).toBe(true);
  });
});
