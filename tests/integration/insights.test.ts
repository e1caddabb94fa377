import { describe, expect, it } from "vitest";
import { getInsights } from "@/lib/server/insights/get-insights";
import { createApplication, createContact, createInteraction, createInterview, createRejection, createUser } from "../factories";
import { db } from "../support/db";

describe("insights", () => {
  it("counts the user's own pipeline from the database, and nothing of another user's", async () => {
    const [alice, bob] = [await createUser(db), await createUser(db)];
    const now = new Date("2026-11-26T12:00:00Z");
    await createApplication(db, alice.id, { status: "applied", appliedOn: new Date("2026-11-02") });
    await createApplication(db, alice.id, { status: "wishlist", appliedOn: null });
    await createApplication(db, alice.id, { status: "applied", deletedAt: new Date() });
    const rejected = await createApplication(db, alice.id, { status: "rejected", appliedOn: new Date("2026-11-02") });
    await createRejection(db, alice.id, rejected.id, { stageReached: "interview", receivedOn: new Date("2026-11-20") });
    const interviewing = await createApplication(db, alice.id, { status: "interviewing", appliedOn: new Date("2026-11-03") });
    await createInterview(db, alice.id, interviewing.id, { kind: "phone_screen", scheduledAt: new Date("2026-11-09T10:00:00Z") });
    await createInterview(db, alice.id, interviewing.id, { kind: "onsite", scheduledAt: new Date("2026-11-16T10:00:00Z") });
    const contact = await createContact(db, alice.id);
    await createInteraction(db, alice.id, contact.id, { occurredAt: new Date("2026-11-24T10:00:00Z") });
    await db.letter.createMany({
      data: [
        { userId: alice.id, kind: "check_in", subject: "a", body: "a", status: "sent", sentAt: now },
        { userId: alice.id, kind: "check_in", subject: "b", body: "b", status: "draft", dueAt: new Date("2026-11-25T00:00:00Z") },
        { userId: alice.id, kind: "check_in", subject: "c", body: "c", status: "draft", dueAt: new Date("2026-11-27T00:00:00Z") },
      ],
    });
    // Bob's busy pipeline must not leak into Alice's numbers.
    for (let i = 0; i < 3; i++) await createApplication(db, bob.id, { status: "offer" });

    const insights = await getInsights(alice.id, "Europe/London", now);
    expect(insights.total).toBe(3);
    expect(insights.funnel.map((stage) => stage.value)).toEqual([3, 2, 2, 0, 0]);
    expect(insights.responseRate).toBeCloseTo(2 / 3);
    expect(insights.rejections.find((stage) => stage.key === "interview")!.value).toBe(1);
    // 2 Nov → 20 Nov (rejection) = 18 days; 3 Nov → 9 Nov (screen) = 6 days.
    expect(insights.medianDaysToFirstResponse).toBe(12);
    expect(insights.applicationsPerWeek.at(-4)).toMatchObject({ weekStart: "2026-11-02", value: 3 });
    expect(insights.interactionsPerWeek.at(-1)).toMatchObject({ weekStart: "2026-11-23", value: 1 });
    expect(insights.letters).toEqual({ sent: 1, owed: 2, overdue: 1, skipped: 0 });

    const bobInsights = await getInsights(bob.id, "UTC", now);
    expect(bobInsights.total).toBe(3);
    expect(bobInsights.letters).toEqual({ sent: 0, owed: 0, overdue: 0, skipped: 0 });
  });
});
