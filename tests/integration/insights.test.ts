import { TZDate } from "@date-fns/tz";
import { addWeeks, differenceInCalendarDays, format, startOfWeek } from "date-fns";
import { describe, expect, it } from "vitest";
import { FUNNEL_STAGES, REJECTION_STAGES, median } from "@/lib/server/insights/compute-insights";
import { getInsights } from "@/lib/server/insights/get-insights";
import { createApplication, createContact, createInteraction, createInterview, createRejection, createUser } from "../factories";
import { db } from "../support/db";

/**
 * The Insights page's numbers worked out the slow, obvious way, one application at a time (as the
 * page did before the counting moved into SQL): getInsights must agree with it exactly.
 */
async function referenceInsights(userId: string, timeZone: string, now: Date) {
  const applications = await db.application.findMany({
    where: { userId, deletedAt: null, status: { not: "wishlist" } },
    select: {
      status: true,
      appliedOn: true,
      createdAt: true,
      rejection: { select: { stageReached: true, receivedOn: true } },
      interviews: { select: { kind: true, scheduledAt: true } },
      interactions: { where: { kind: "reply_received" }, select: { occurredAt: true } },
    },
  });
  const statusRank: Record<string, number> = { applied: 1, screening: 2, interviewing: 3, offer: 4, accepted: 5 };
  const rejectionRank: Record<string, number> = { applied: 1, screen: 2, interview: 3, final: 3, offer: 4 };
  const earliest = (dates: Date[]) => (dates.length ? new Date(Math.min(...dates.map((date) => date.getTime()))) : null);
  const facts = applications.map((application) => {
    const firstInterviewAt = earliest(application.interviews.map((interview) => interview.scheduledAt));
    const hadInterview = application.interviews.some((interview) => interview.kind !== "phone_screen");
    const firstReplyAt = earliest(application.interactions.map((interaction) => interaction.occurredAt));
    const rejectionStage = application.rejection?.stageReached ?? null;
    const reached = Math.max(
      statusRank[application.status] ?? 1,
      rejectionStage ? rejectionRank[rejectionStage]! : 1,
      hadInterview ? 3 : firstInterviewAt ? 2 : 1,
    );
    const firstResponseAt = earliest([application.rejection?.receivedOn, firstInterviewAt, firstReplyAt].filter((date) => date != null));
    return { ...application, reached, rejectionStage, firstReplyAt, firstResponseAt };
  });
  const noonIn = (date: Date) => new TZDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12, 0, timeZone);
  const thisWeek = startOfWeek(new TZDate(now, timeZone), { weekStartsOn: 1 });
  const weekOf = (date: Date) => format(startOfWeek(new TZDate(date, timeZone), { weekStartsOn: 1 }), "yyyy-MM-dd");
  const perWeek = (dates: Date[]) =>
    Array.from({ length: 12 }, (_, i) => {
      const start = addWeeks(thisWeek, i - 11);
      const weekStart = format(start, "yyyy-MM-dd");
      return { weekStart, label: format(start, "d MMM"), value: dates.filter((date) => weekOf(date) === weekStart).length };
    });
  const days = facts.flatMap((fact) => {
    if (!fact.appliedOn || !fact.firstResponseAt) return [];
    const span = differenceInCalendarDays(new TZDate(fact.firstResponseAt, timeZone), noonIn(fact.appliedOn));
    return span >= 0 ? [span] : [];
  });
  const responded = facts.filter((fact) => fact.reached >= 2 || fact.rejectionStage !== null || fact.firstReplyAt !== null).length;
  const interactions = await db.interaction.findMany({ where: { userId }, select: { occurredAt: true } });
  const letters = await db.letter.findMany({ where: { userId }, select: { status: true, dueAt: true } });
  const lettersIn = (status: string) => letters.filter((letter) => letter.status === status).length;
  return {
    total: facts.length,
    funnel: FUNNEL_STAGES.map((stage, i) => ({ ...stage, value: facts.filter((fact) => fact.reached >= i + 1).length })),
    responseRate: facts.length ? responded / facts.length : null,
    responded,
    rejections: REJECTION_STAGES.map((stage) => ({ ...stage, value: facts.filter((fact) => fact.rejectionStage === stage.key).length })),
    medianDaysToFirstResponse: median(days),
    responsesTimed: days.length,
    applicationsPerWeek: perWeek(facts.map((fact) => (fact.appliedOn ? noonIn(fact.appliedOn) : fact.createdAt))),
    interactionsPerWeek: perWeek(interactions.map((interaction) => interaction.occurredAt)),
    letters: {
      sent: lettersIn("sent"),
      owed: lettersIn("draft"),
      overdue: letters.filter((letter) => letter.status === "draft" && letter.dueAt && letter.dueAt < now).length,
      skipped: lettersIn("skipped"),
    },
  };
}

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

  it("agrees with the application-by-application arithmetic on a varied pipeline, in every zone", async () => {
    const user = await createUser(db);
    const now = new Date("2026-11-26T12:00:00Z");
    const contact = await createContact(db, user.id);
    const statuses = ["applied", "screening", "interviewing", "offer", "accepted", "rejected", "withdrawn", "ghosted", "wishlist"] as const;
    const rejectionStages = ["applied", "screen", "interview", "final", "offer"] as const;
    const kinds = ["phone_screen", "technical", "onsite", "final"] as const;
    for (let i = 0; i < 45; i++) {
      const status = statuses[i % statuses.length]!;
      // Some without an applied date (counted in the week they were recorded, near week edges), some deleted.
      const appliedOn = i % 7 === 3 ? null : new Date(Date.UTC(2026, 8, 1 + ((i * 5) % 88)));
      const createdAt = new Date(Date.UTC(2026, 10, 22, 23, 30) - (i % 5) * 7 * 86_400_000 + (i % 3) * 3_600_000);
      const application = await createApplication(db, user.id, { status, appliedOn, createdAt, deletedAt: i === 43 ? now : null });
      if (i % 4 === 1) {
        const receivedOn = new Date(Date.UTC(2026, 8, 3 + ((i * 7) % 90)));
        await createRejection(db, user.id, application.id, { stageReached: rejectionStages[i % rejectionStages.length], receivedOn });
      }
      if (i % 3 === 0) {
        const interviews = 1 + (i % 2);
        for (let k = 0; k < interviews; k++) {
          const scheduledAt = new Date(Date.UTC(2026, 8, 5 + ((i * 3 + k * 4) % 85), (i * 7) % 24, 30));
          await createInterview(db, user.id, application.id, { kind: kinds[(i + k) % (i % 2 ? kinds.length : 1)], scheduledAt });
        }
      }
      if (i % 5 === 2) {
        for (const hours of [23, 47]) {
          const occurredAt = new Date(Date.UTC(2026, 8, 2 + ((i * 11) % 80), hours - 24, 15));
          await createInteraction(db, user.id, contact.id, { applicationId: application.id, kind: "reply_received", occurredAt });
        }
      }
    }
    // Interactions across the window's edges.
    for (let i = 0; i < 30; i++) {
      await createInteraction(db, user.id, contact.id, { occurredAt: new Date(now.getTime() - i * 3.3 * 86_400_000 + i * 1_234_567) });
    }
    await db.letter.createMany({
      data: [
        { userId: user.id, kind: "check_in", subject: "a", body: "a", status: "sent", sentAt: now },
        { userId: user.id, kind: "check_in", subject: "b", body: "b", status: "draft", dueAt: new Date(now.getTime() - 1) },
        { userId: user.id, kind: "check_in", subject: "c", body: "c", status: "draft", dueAt: now },
        { userId: user.id, kind: "check_in", subject: "d", body: "d", status: "draft" },
        { userId: user.id, kind: "check_in", subject: "e", body: "e", status: "skipped" },
      ],
    });

    for (const timeZone of ["Europe/London", "UTC", "America/Los_Angeles", "Pacific/Auckland", "Asia/Kathmandu"]) {
      const [actual, expected] = [await getInsights(user.id, timeZone, now), await referenceInsights(user.id, timeZone, now)];
      expect(actual).toEqual(expected);
    }
    const sample = await getInsights(user.id, "Europe/London", now);
    // The data is varied enough for every number to be exercised.
    expect(sample.total).toBe(39);
    expect(sample.funnel.every((stage) => stage.value > 0)).toBe(true);
    expect(sample.rejections.every((stage) => stage.value > 0)).toBe(true);
    expect(sample.responsesTimed).toBeGreaterThan(5);
    expect(sample.applicationsPerWeek.filter((week) => week.value > 0).length).toBeGreaterThan(6);
    expect(sample.interactionsPerWeek.filter((week) => week.value > 0).length).toBeGreaterThan(6);
    expect(sample.letters).toEqual({ sent: 1, owed: 3, overdue: 1, skipped: 1 });
  });
});
