// "The employer side of an application" has one definition in two forms (lib/server/applications/
// employer-side.ts): the list built from a loaded application and the filter on contacts agree.
import { describe, expect, it } from "vitest";
import { employerSide, employerSideWhere } from "@/lib/server/applications/employer-side";
import { createApplication, createContact, createInteraction, createInterview, createRejection, createUser } from "../factories";
import { db } from "../support/db";

describe("the employer side of an application", () => {
  it("is its interviewers, its rejection's sender and its referrer, each once, in both forms", async () => {
    const user = await createUser(db);
    const [interviewer, hiringManager, sender, referrer, onlyEmailed, elsewhere] = await Promise.all(
      ["interviewer", "hiring_manager", "recruiter", "referrer", "recruiter", "interviewer"].map((role) => createContact(db, user.id, { role: role as never })),
    );
    const application = await createApplication(db, user.id, { referrerId: referrer!.id });
    await createInterview(db, user.id, application.id, { scheduledAt: new Date("2026-03-01T10:00:00Z"), interviewerIds: [interviewer!.id, sender!.id] });
    await createInterview(db, user.id, application.id, { scheduledAt: new Date("2026-03-08T10:00:00Z"), interviewerIds: [hiringManager!.id] });
    await createRejection(db, user.id, application.id, { senderId: sender!.id });
    await createInteraction(db, user.id, onlyEmailed!.id, { applicationId: application.id });
    const other = await createApplication(db, user.id);
    await createInterview(db, user.id, other.id, { interviewerIds: [elsewhere!.id] });

    const loaded = await db.application.findFirstOrThrow({
      where: { id: application.id, userId: user.id },
      select: {
        referrer: { select: { id: true } },
        rejection: { select: { sender: { select: { id: true } } } },
        interviews: { orderBy: { scheduledAt: "desc" }, select: { interviewers: { select: { contact: { select: { id: true } } } } } },
      },
    });
    const listed = employerSide(loaded, loaded.rejection?.sender ?? null).map((person) => person.id);
    expect(listed).toEqual([hiringManager!.id, interviewer!.id, sender!.id, referrer!.id]);

    const filtered = await db.contact.findMany({ where: { userId: user.id, ...employerSideWhere(application.id) }, select: { id: true } });
    expect(filtered.map((contact) => contact.id).sort()).toEqual([...listed].sort());
  });
});
