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
  summarizePlan,
  weekdayMorningAfter,
  type PlanContact,
  type PlanItemKind,
  type PlanInput,
} from "./follow-up-plan";

const hoursIn = (timeZone: string, reminderMinutes = 540) => ({ timeZone, reminderMinutes, weekdaysOnly: true });
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
    expect(weekdayMorningAfter(from, days, hoursIn(zone))).toEqual({ day, at: new Date(instant) });
  });

  it("always lands on a weekday at 09:00 local, at most two days after the target", () => {
    const day = fc.date({ min: new Date("2020-01-01"), max: new Date("2035-12-31"), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.integer({ min: 0, max: 400 }), fc.constantFrom(...ZONES), (from, days, zone) => {
        const { day: due, at } = weekdayMorningAfter(from, days, hoursIn(zone));
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

  it("puts morningOf on the user's reminder time", () => {
    expect(morningOf("2026-07-01", hoursIn("America/Los_Angeles")).toISOString()).toBe("2026-07-01T16:00:00.000Z");
    expect(morningOf("2026-07-01", hoursIn("Asia/Kathmandu", 8 * 60 + 30)).toISOString()).toBe("2026-07-01T02:45:00.000Z");
  });

  it("keeps weekends when the user works every day", () => {
    expect(weekdayMorningAfter("2026-11-26", 2, { timeZone: "Europe/London", reminderMinutes: 7 * 60 + 45, weekdaysOnly: false })).toEqual({
      day: "2026-11-28",
      at: new Date("2026-11-28T07:45:00Z"),
    });
  });
});

describe("proposeFollowUpPlan", () => {
  const contact = (id: string, name: string, role: PlanContact["role"], extra: Partial<PlanContact> = {}): PlanContact => ({
    id,
    name,
    role,
    keepInTouchDays: null,
    onCadence: false,
    interactions: 0,
    ...extra,
  });
  // A panel of four (the hiring manager among them) and the recruiter who sent the news.
  const rita = contact("rita", "Rita Ortiz", "recruiter");
  const hana = contact("hana", "Hana Lee", "hiring_manager");
  const dana = contact("dana", "Dana Smith", "interviewer", { interactions: 1 });
  const eli = contact("eli", "Eli Cohen", "interviewer");
  const ravi = contact("ravi", "Ravi Patel", "interviewer", { interactions: 3 });
  const base: PlanInput = {
    receivedOn: "2026-11-26",
    workingHours: hoursIn("Europe/London"),
    company: "Northwind Labs",
    role: "Product Engineer",
    closeSecond: false,
    stillInterested: true,
    wantsReferrals: false,
    sender: rita,
    interviewers: [eli, hana, dana, ravi],
    referrer: null,
    creditedIds: [],
  };
  const summary = (plan: ReturnType<typeof proposeFollowUpPlan>) => plan.map((item) => [item.kind, item.contactId, item.dueOn, item.cadenceDays]);
  const itemsPerPerson = (plan: ReturnType<typeof proposeFollowUpPlan>) =>
    Object.fromEntries(summarizePlan(plan, "Northwind Labs").people.map((person) => [person.contactId, person.kinds])) as Record<string, PlanItemKind[]>;

  it("checks in with the hiring manager and the recruiter who sent the news, and keeps in touch with everyone by role", () => {
    const plan = proposeFollowUpPlan(base);
    expect(summary(plan)).toEqual([
      ["check_in", "hana", "2027-01-25", null],
      ["check_in", "rita", "2027-01-25", null],
      // The interviewers, most in touch first.
      ["keep_in_touch", "ravi", "2027-02-24", 90],
      ["keep_in_touch", "dana", "2027-02-24", 90],
      ["keep_in_touch", "eli", "2027-02-24", 90],
      // After the 60-day check-in, not on top of it.
      ["keep_in_touch", "rita", "2027-03-26", 60],
      ["keep_in_touch", "hana", "2027-04-26", 90],
    ]);
    expect(plan.find((item) => item.contactId === "hana")!.notes).toBe("Hiring manager: decides if the hire does not work out.");
    expect(plan.find((item) => item.contactId === "rita")!.notes).toBe("Sent the decision: hears first when the role opens again.");
    expect(plan.find((item) => item.contactId === "ravi")!.notes).toBe("Met during Product Engineer at Northwind Labs: a note every 90 days keeps the contact warm.");
  });

  it("checks in again at ~90 days for a close second, and then the two are full: no cadence on top", () => {
    const plan = proposeFollowUpPlan({ ...base, closeSecond: true });
    expect(itemsPerPerson(plan)).toEqual({
      hana: ["check_in", "second_check_in"],
      rita: ["check_in", "second_check_in"],
      ravi: ["keep_in_touch"],
      dana: ["keep_in_touch"],
      eli: ["keep_in_touch"],
    });
    const second = plan.find((item) => item.kind === "second_check_in")!;
    expect([second.dueOn, second.title, second.notes]).toEqual(["2027-02-24", "Check in again with Hana Lee", "You were a close second: around 90 days the new hire's probation ends."]);
    expect(plan.every((item) => item.dueAt.toISOString().endsWith("T09:00:00.000Z"))).toBe(true);
  });

  it("never gives an interviewer a check-in, however friendly", () => {
    const plan = proposeFollowUpPlan({ ...base, closeSecond: true, interviewers: [contact("ravi", "Ravi Patel", "interviewer", { interactions: 40 })] });
    expect(plan.filter((item) => item.kind.endsWith("check_in")).map((item) => item.contactId)).toEqual(["rita", "rita"]);
  });

  it("asks the recruiter who sent the news for referrals when nobody else offered help, and words it about related openings", () => {
    const plan = proposeFollowUpPlan({ ...base, wantsReferrals: true });
    const request = plan.find((item) => item.kind === "referral_request")!;
    expect([request.contactId, request.dueOn, request.title, request.notes]).toEqual(["rita", "2026-12-10", "Ask Rita Ortiz about related openings", "Sent the decision: hears of other openings first."]);
    // Rita now has her check-in and the request: no room for a cadence.
    expect(itemsPerPerson(plan).rita).toEqual(["referral_request", "check_in"]);
  });

  it("asks the person who offered help, credited in the letters step, before the sender", () => {
    const plan = proposeFollowUpPlan({ ...base, wantsReferrals: true, creditedIds: ["dana"] });
    const request = plan.find((item) => item.kind === "referral_request")!;
    expect([request.contactId, request.notes]).toEqual(["dana", "Offered to help: the one to ask."]);
    expect(itemsPerPerson(plan).dana).toEqual(["referral_request", "keep_in_touch"]);
  });

  it("passes the referral request on to the next person with room when the sender and hiring manager are full", () => {
    const full = proposeFollowUpPlan({ ...base, closeSecond: true, wantsReferrals: true });
    // Rita and Hana each have two check-ins; Ravi is the interviewer most in touch.
    expect(full.filter((item) => item.kind === "referral_request").map((item) => [item.contactId, item.notes])).toEqual([
      ["ravi", "An interviewer you are in touch with: interviewers pass their second choices on."],
    ]);
    const withReferrer = proposeFollowUpPlan({ ...base, closeSecond: true, wantsReferrals: true, referrer: contact("fay", "Fay Wong", "referrer") });
    expect(withReferrer.filter((item) => item.kind === "referral_request").map((item) => [item.contactId, item.notes])).toEqual([["fay", "Referred you here: already vouched for you once."]]);
  });

  it("gives nobody more than two items, whatever is ticked", () => {
    for (const closeSecond of [true, false])
      for (const stillInterested of [true, false])
        for (const wantsReferrals of [true, false])
          for (const creditedIds of [[], ["rita"], ["hana", "dana"]]) {
            const plan = proposeFollowUpPlan({ ...base, closeSecond, stillInterested, wantsReferrals, creditedIds, referrer: contact("fay", "Fay Wong", "referrer") });
            for (const kinds of Object.values(itemsPerPerson(plan))) expect(kinds.length).toBeLessThanOrEqual(2);
            expect(plan.filter((item) => item.kind === "referral_request")).toHaveLength(wantsReferrals ? 1 : 0);
          }
  });

  it("without renewed interest: no check-ins, and a referral request about other openings only when wanted", () => {
    const plan = proposeFollowUpPlan({ ...base, closeSecond: true, stillInterested: false, wantsReferrals: true });
    expect(plan.map((item) => item.kind).sort()).toEqual(["keep_in_touch", "keep_in_touch", "keep_in_touch", "keep_in_touch", "keep_in_touch", "referral_request"]);
    expect(plan.find((item) => item.kind === "referral_request")!.title).toBe("Ask Rita Ortiz about other openings");
    expect(plan.map((item) => `${item.title} ${item.notes}`).join("\n")).not.toMatch(/interest|opens again|probation|check in/i);
    expect(proposeFollowUpPlan({ ...base, stillInterested: false }).every((item) => item.kind === "keep_in_touch")).toBe(true);
  });

  it("does not start a second cadence for someone already on one", () => {
    const plan = proposeFollowUpPlan({ ...base, interviewers: [eli, hana, dana, { ...ravi, onCadence: true }], sender: { ...rita, onCadence: true } });
    expect(plan.filter((item) => item.kind === "keep_in_touch").map((item) => item.contactId)).toEqual(["dana", "eli", "hana"]);
    // Still checked in with: a check-in is not a cadence.
    expect(plan.filter((item) => item.kind === "check_in").map((item) => item.contactId)).toEqual(["hana", "rita"]);
  });

  it("finds the hiring manager in the sender too, then checks in with a recruiter on the panel", () => {
    const plan = proposeFollowUpPlan({ ...base, sender: hana, interviewers: [eli, contact("rex", "Rex Recruiter", "recruiter")] });
    expect(plan.filter((item) => item.kind === "check_in").map((item) => [item.contactId, item.notes])).toEqual([
      ["hana", "Hiring manager: decides if the hire does not work out."],
      ["rex", "Recruiter: hears first when the role opens again."],
    ]);
  });

  it("still proposes a check-in with the company when nobody is known, and none of the rest", () => {
    const plan = proposeFollowUpPlan({ ...base, sender: null, interviewers: [], closeSecond: true });
    expect(plan.map((item) => [item.kind, item.contactId, item.title])).toEqual([
      ["check_in", null, "Check in with Northwind Labs"],
      ["second_check_in", null, "Check in again with Northwind Labs"],
    ]);
    expect(summarizePlan(plan, "Northwind Labs")).toEqual({ total: 2, people: [{ contactId: null, name: "Northwind Labs", kinds: ["check_in", "second_check_in"] }] });
  });

  it("uses the contact's own cadence, then the user's default for the role, and skips contacts with none", () => {
    const plan = proposeFollowUpPlan({
      ...base,
      stillInterested: false,
      sender: null,
      interviewers: [contact("a", "A", "peer", { keepInTouchDays: 21 }), contact("b", "B", "peer"), contact("a", "A", "peer"), contact("o", "O", "other")],
      cadenceDefaults: { peer: 45 },
    });
    expect(plan.map((item) => [item.contactId, item.cadenceDays])).toEqual([
      ["a", 21],
      ["b", 45],
    ]);
  });

  it("counts the total and who gets what, in the plan's order", () => {
    const plan = proposeFollowUpPlan({ ...base, closeSecond: true, wantsReferrals: true });
    const { total, people } = summarizePlan(plan, "Northwind Labs");
    expect([total, people.length]).toEqual([8, 5]);
    expect(people.map((person) => [person.name, person.kinds.join(" ")])).toEqual([
      ["Ravi Patel", "referral_request keep_in_touch"],
      ["Hana Lee", "check_in second_check_in"],
      ["Rita Ortiz", "check_in second_check_in"],
      ["Dana Smith", "keep_in_touch"],
      ["Eli Cohen", "keep_in_touch"],
    ]);
  });
});
