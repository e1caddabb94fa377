import { describe, expect, it } from "vitest";
import { cardFacts } from "./card-facts";

const now = new Date("2026-12-07T10:00:00Z");

describe("cardFacts", () => {
  it("gives the applied day, the next follow-up and the whole days spent in the column, in the user's zone", () => {
    const facts = cardFacts(
      { appliedOn: new Date("2026-11-20T00:00:00Z"), nextFollowUpAt: new Date("2026-12-09T23:30:00Z"), inStageSince: new Date("2026-11-30T22:00:00Z") },
      now,
      "Asia/Tokyo",
    );
    expect(facts).toEqual({
      applied: { day: "2026-11-20", label: "20 Nov" },
      followUp: { day: "2026-12-10", label: "10 Dec", overdue: false }, // already the 10th in Tokyo
      daysInStage: 6, // 1 Dec → 7 Dec in Tokyo
    });
  });

  it("marks a follow-up from before today as overdue, names another year, and leaves out what is unknown", () => {
    const facts = cardFacts({ appliedOn: null, nextFollowUpAt: new Date("2025-12-01T09:00:00Z"), inStageSince: new Date("2026-12-07T09:00:00Z") }, now, "UTC");
    expect(facts).toEqual({ applied: null, followUp: { day: "2025-12-01", label: "1 Dec 2025", overdue: true }, daysInStage: 0 });
  });
});
