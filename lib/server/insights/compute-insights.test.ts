import { describe, expect, it } from "vitest";
import { computeInsights, median, perWeek, stageReached, type ApplicationFact } from "./compute-insights";

const fact = (overrides: Partial<ApplicationFact> = {}): ApplicationFact => ({
  status: "applied",
  appliedOn: new Date("2026-11-02"),
  createdAt: new Date("2026-11-02T10:00:00Z"),
  rejectionStage: null,
  rejectionReceivedOn: null,
  firstInterviewAt: null,
  hadInterview: false,
  firstReplyAt: null,
  ...overrides,
});
const now = new Date("2026-11-26T12:00:00Z");
const letters = { sent: 0, owed: 0, overdue: 0, skipped: 0 };

describe("stageReached", () => {
  it("counts the furthest stage from the status, the rejection and the interviews", () => {
    expect(stageReached(fact())).toBe(1);
    expect(stageReached(fact({ status: "offer" }))).toBe(4);
    expect(stageReached(fact({ status: "rejected", rejectionStage: "final" }))).toBe(3);
    expect(stageReached(fact({ status: "ghosted", firstInterviewAt: new Date(), hadInterview: false }))).toBe(2);
    expect(stageReached(fact({ status: "withdrawn", firstInterviewAt: new Date(), hadInterview: true }))).toBe(3);
  });
});

describe("computeInsights", () => {
  it("builds the funnel, response rate, rejections and median days to first response", () => {
    const insights = computeInsights({
      applications: [
        fact(), // no answer
        fact({ status: "ghosted" }), // no answer
        fact({ status: "rejected", rejectionStage: "applied", rejectionReceivedOn: new Date("2026-11-06") }), // 4 days
        fact({ status: "interviewing", firstInterviewAt: new Date("2026-11-12T09:00:00Z"), hadInterview: true }), // 10 days
        fact({ status: "accepted", firstReplyAt: new Date("2026-11-04T09:00:00Z"), hadInterview: true, firstInterviewAt: new Date("2026-11-09") }), // 2 days
      ],
      interactionDates: [],
      letters,
      now,
      timeZone: "Europe/London",
    });
    expect(insights.funnel.map((stage) => [stage.key, stage.value])).toEqual([
      ["applied", 5],
      ["screening", 2],
      ["interview", 2],
      ["offer", 1],
      ["accepted", 1],
    ]);
    expect(insights.responseRate).toBe(3 / 5);
    expect(insights.rejections.find((stage) => stage.key === "applied")!.value).toBe(1);
    expect(insights.medianDaysToFirstResponse).toBe(4);
  });

  it("has no rate and no median without data", () => {
    const insights = computeInsights({ applications: [], interactionDates: [], letters, now, timeZone: "UTC" });
    expect(insights.responseRate).toBeNull();
    expect(insights.medianDaysToFirstResponse).toBeNull();
    expect(insights.applicationsPerWeek).toHaveLength(12);
  });
});

describe("perWeek", () => {
  it("counts into Monday-based weeks of the user's zone, oldest first, ending this week", () => {
    const weeks = perWeek(
      [
        new Date("2026-11-23T00:30:00Z"), // Monday in London: this week
        new Date("2026-11-22T23:30:00Z"), // Sunday 23:30 in London: last week…
        new Date("2026-11-16T04:30:00Z"), // Monday of last week
        new Date("2025-01-01T00:00:00Z"), // too old
      ],
      now,
      "Europe/London",
      3,
    );
    expect(weeks).toEqual([
      { weekStart: "2026-11-09", label: "9 Nov", value: 0 },
      { weekStart: "2026-11-16", label: "16 Nov", value: 2 },
      { weekStart: "2026-11-23", label: "23 Nov", value: 1 },
    ]);
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
