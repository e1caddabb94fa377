import { describe, expect, it } from "vitest";
import { nextDecisionNudgeStep, type NudgeRecord } from "./decision-nudges";

const London = "Europe/London";
const done = (completedAt: string): NudgeRecord => ({ status: "done", completedAt: new Date(completedAt) });
const step = (now: string, decisionExpectedOn: string, nudges: NudgeRecord[] = [], timeZone = London, replied = false) =>
  nextDecisionNudgeStep({ now: new Date(now), hours: { timeZone, reminderMinutes: 540, weekdaysOnly: true }, decisionExpectedOn, nudges, replied });

describe("decision-date nudges", () => {
  it("waits while the promised day is not over where the user lives", () => {
    expect(step("2026-11-26T23:00:00Z", "2026-11-26")).toEqual({ action: "wait" });
    // 02:00 UTC on the 27th is still the evening of the 26th in New York, but the 27th in London.
    expect(step("2026-11-27T02:00:00Z", "2026-11-26", [], "America/New_York")).toEqual({ action: "wait" });
    expect(step("2026-11-27T02:00:00Z", "2026-11-26")).toMatchObject({ action: "nudge", number: 1, dueOn: "2026-11-27" });
  });

  it("proposes the first nudge on the next weekday morning after the promised day", () => {
    // Promised Friday 27 November: the nudge waits for Monday 09:00.
    expect(step("2026-11-28T10:00:00Z", "2026-11-27")).toEqual({ action: "nudge", number: 1, dueOn: "2026-11-30", dueAt: new Date("2026-11-30T09:00:00Z") });
  });

  it("nudges at the next working moment, never in the past, when the promise is old", () => {
    // Thursday 14:00 in London: today's reminder time has passed, so Friday 09:00.
    expect(step("2026-11-26T14:00:00Z", "2026-10-01")).toEqual({ action: "nudge", number: 1, dueOn: "2026-11-27", dueAt: new Date("2026-11-27T09:00:00Z") });
    // Thursday 07:00: still ahead today.
    expect(step("2026-11-26T07:00:00Z", "2026-10-01")).toMatchObject({ number: 1, dueOn: "2026-11-26", dueAt: new Date("2026-11-26T09:00:00Z") });
  });

  it("lands on 09:00 local across a DST change", () => {
    // Promised Friday 30 October in New York; clocks go back on Sunday 1 November.
    expect(step("2026-10-31T12:00:00Z", "2026-10-30", [], "America/New_York")).toMatchObject({ dueOn: "2026-11-02", dueAt: new Date("2026-11-02T14:00:00Z") });
    // Sydney moves forward on Sunday 4 October 2026: Monday 5 October 09:00 is 22:00 UTC the day before.
    expect(step("2026-10-03T12:00:00Z", "2026-10-02", [], "Australia/Sydney")).toMatchObject({ dueOn: "2026-10-05", dueAt: new Date("2026-10-04T22:00:00Z") });
  });

  it("proposes the next nudge a week after the last one was done, on a weekday", () => {
    expect(step("2026-11-30T11:00:00Z", "2026-11-27", [done("2026-11-30T10:00:00Z")])).toEqual({
      action: "nudge",
      number: 2,
      dueOn: "2026-12-07",
      dueAt: new Date("2026-12-07T09:00:00Z"),
    });
    // Done on a Saturday: a week later is a Saturday too, so Monday.
    expect(step("2026-12-05T11:00:00Z", "2026-11-27", [done("2026-11-30T10:00:00Z"), done("2026-12-05T10:00:00Z")])).toMatchObject({ number: 3, dueOn: "2026-12-14" });
  });

  it("keeps one nudge open at a time and stops on a reply or a dismissed nudge", () => {
    expect(step("2026-12-01T10:00:00Z", "2026-11-27", [{ status: "pending", completedAt: null }])).toEqual({ action: "wait" });
    expect(step("2026-12-01T10:00:00Z", "2026-11-27", [{ status: "snoozed", completedAt: null }])).toEqual({ action: "wait" });
    expect(step("2026-12-01T10:00:00Z", "2026-11-27", [{ status: "dismissed", completedAt: null }])).toEqual({ action: "wait" });
    expect(step("2026-12-09T10:00:00Z", "2026-11-27", [done("2026-11-30T10:00:00Z")], London, true)).toEqual({ action: "wait" });
  });

  it("marks the application ghosted a week after the third unanswered nudge", () => {
    const three = [done("2026-11-30T10:00:00Z"), done("2026-12-07T10:00:00Z"), done("2026-12-14T10:00:00Z")];
    expect(step("2026-12-20T23:00:00Z", "2026-11-27", three)).toEqual({ action: "wait" });
    expect(step("2026-12-21T00:30:00Z", "2026-11-27", three)).toEqual({ action: "ghost" });
    expect(step("2026-12-21T00:30:00Z", "2026-11-27", three, London, true)).toEqual({ action: "wait" });
  });
});
