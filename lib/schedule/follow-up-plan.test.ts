import { TZDate } from "@date-fns/tz";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addDays,
  dayIn,
  isDay,
  morningOf,
  nextWeekday,
  proposeFollowUpPlan,
  weekdayMorningAfter,
  type PlanContact,
  type PlanInput,
} from "./follow-up-plan";

const ZONES = ["UTC", "Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Pacific/Auckland", "America/Los_Angeles", "Asia/Kathmandu"];

describe("calendar days", () => {
  it("adds days across months, years and leap days", () => {
    expect(addDays("2026-11-26", 60)).toBe("2027-01-25");
    expect(addDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
  });

  it("moves weekends to the Monday after and leaves weekdays alone", () => {
    expect(nextWeekday("2026-11-28")).toBe("2026-11-30"); // Saturday
    expect(nextWeekday("2026-11-29")).toBe("2026-11-30"); // Sunday
    expect(nextWeekday("2026-11-27")).toBe("2026-11-27"); // Friday
  });

  it("knows a real day from a malformed one", () => {
    expect(isDay("2026-02-28")).toBe(true);
    expect(isDay("2026-02-29")).toBe(false);
    expect(isDay("2026-13-01")).toBe(false);
    expect(isDay("26-1-1")).toBe(false);
  });

  it("reads the day of an instant in the user's zone", () => {
    expect(dayIn(new Date("2026-11-26T23:30:00Z"), "Europe/London")).toBe("2026-11-26");
    expect(dayIn(new Date("2026-11-26T23:30:00Z"), "Australia/Sydney")).toBe("2026-11-27");
  });
});

describe("weekday mornings across time zones and DST", () => {
  it.each([
    // Sunday 8 March 2026: New York springs forward; the Monday morning is EDT (UTC-4).
    ["America/New_York", "2026-01-07", 60, "2026-03-09", "2026-03-09T13:00:00.000Z"],
    // Sunday 29 March 2026: London springs forward; Monday 30 March 09:00 BST = 08:00 UTC.
    ["Europe/London", "2026-01-28", 60, "2026-03-30", "2026-03-30T08:00:00.000Z"],
    // Sunday 5 April 2026: Sydney falls back; Monday 6 April 09:00 AEST = Sunday 23:00 UTC.
    ["Australia/Sydney", "2026-02-04", 60, "2026-04-06", "2026-04-05T23:00:00.000Z"],
    // Sunday 1 November 2026: New York falls back; Monday is EST (UTC-5).
    ["America/New_York", "2026-08-03", 90, "2026-11-02", "2026-11-02T14:00:00.000Z"],
    // A weekday stays put.
    ["Europe/London", "2026-11-26", 14, "2026-12-10", "2026-12-10T09:00:00.000Z"],
  ])("%s: %s + %i days → %s at 09:00 local", (zone, from, days, day, instant) => {
    expect(weekdayMorningAfter(from, days, zone)).toEqual({ day, at: new Date(instant) });
  });

  it("always lands on a weekday at 09:00 local, at most two days after the target", () => {
    const day = fc.date({ min: new Date("2020-01-01"), max: new Date("2035-12-31"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), fc.constantFrom(...ZONES), (from, days, zone) => {
        const { day: due, at } = weekdayMorningAfter(from, days, zone);
        const local = new TZDate(at, zone);
        expect([1, 2, 3, 4, 5]).toContain(local.getDay());
        expect([local.getHours(), local.getMinutes()]).toEqual([9, 0]);
        expect(dayIn(at, zone)).toBe(due);
        const slip = (Date.parse(due) - Date.parse(addDays(from, days))) / 86_400_000;
        expect(slip).toBeGreaterThanOrEqual(0);
        expect(slip).toBeLessThanOrEqual(2);
      }),
      { numRuns: 1000 },
    );
  });

  it("puts morningOf on the right local hour", () => {
    expect(morningOf("2026-07-01", "America/Los_Angeles").toISOString()).toBe("2026-07-01T16:00:00.000Z");
    expect(morningOf("2026-07-01", "Asia/Kathmandu", 8).toISOString()).toBe("2026-07-01T02:15:00.000Z");
  });
});

describe("proposeFollowUpPlan", () => {
  const contact = (id: string, name: string, role: PlanContact["role"], extra: Partial<PlanContact> = {}): PlanContact => ({
    id,
    name,
    role,
    keepInTouchDays: null,
    onCadence: false,
    ...extra,
  });
  const recruiter = contact("r", "Rita Recruiter", "recruiter");
  const dana = contact("d", "Dana Smith", "interviewer");
  const ravi = contact("v", "Ravi Patel", "interviewer");
  const base: PlanInput = {
    receivedOn: "2026-11-26",
    timeZone: "Europe/London",
    company: "Northwind Labs",
    role: "Product Engineer",
    closeSecond: false,
    wantsReferrals: false,
    recruiter,
    friendliestInterviewer: dana,
    contactsMet: [recruiter, dana, ravi],
  };
  const summary = (plan: ReturnType<typeof proposeFollowUpPlan>) => plan.map((item) => [item.kind, item.contactId, item.dueOn, item.cadenceDays]);

  it("checks in with the recruiter and the friendliest interviewer at ~60 days, and keeps in touch by role", () => {
    expect(summary(proposeFollowUpPlan(base))).toEqual([
      ["check_in", "r", "2027-01-25", null],
      ["check_in", "d", "2027-01-25", null],
      ["keep_in_touch", "v", "2027-02-24", 90],
      // After the 60-day check-in, not on top of it.
      ["keep_in_touch", "r", "2027-03-26", 60],
      ["keep_in_touch", "d", "2027-04-26", 90],
    ]);
  });

  it("adds a ~90-day check-in for a close second and a referral request at ~2 weeks when wanted", () => {
    const plan = proposeFollowUpPlan({ ...base, closeSecond: true, wantsReferrals: true, contactsMet: [] });
    expect(summary(plan)).toEqual([
      ["referral_request", "d", "2026-12-10", null],
      ["check_in", "r", "2027-01-25", null],
      ["check_in", "d", "2027-01-25", null],
      ["second_check_in", "r", "2027-02-24", null],
      ["second_check_in", "d", "2027-02-24", null],
    ]);
    expect(plan[0]!.title).toBe("Ask Dana Smith about related openings");
    expect(plan.at(-1)!.notes).toMatch(/close second for Product Engineer at Northwind Labs/);
    expect(plan.every((item) => item.dueAt.toISOString().endsWith("T09:00:00.000Z"))).toBe(true);
  });

  it("still proposes a check-in with the company when nobody is known, and none of the rest", () => {
    const plan = proposeFollowUpPlan({ ...base, recruiter: null, friendliestInterviewer: null, contactsMet: [], closeSecond: true });
    expect(plan.map((item) => [item.kind, item.contactId, item.title])).toEqual([
      ["check_in", null, "Check in with Northwind Labs"],
      ["second_check_in", null, "Check in again with Northwind Labs"],
    ]);
  });

  it("uses the contact's own cadence, then the user's default for the role, and skips contacts already on one or with none", () => {
    const plan = proposeFollowUpPlan({
      ...base,
      recruiter: null,
      friendliestInterviewer: null,
      contactsMet: [contact("a", "A", "peer", { keepInTouchDays: 21 }), contact("b", "B", "peer"), contact("c", "C", "peer", { onCadence: true }), contact("a", "A", "peer"), contact("o", "O", "other")],
      cadenceDefaults: { peer: 45 },
    });
    expect(plan.filter((item) => item.kind === "keep_in_touch").map((item) => [item.contactId, item.cadenceDays])).toEqual([
      ["a", 21],
      ["b", 45],
    ]);
  });

  it("is the same person once when the recruiter is also the friendliest interviewer", () => {
    const plan = proposeFollowUpPlan({ ...base, friendliestInterviewer: recruiter, contactsMet: [] });
    expect(summary(plan)).toEqual([["check_in", "r", "2027-01-25", null]]);
  });
});
