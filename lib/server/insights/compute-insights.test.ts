import { TZDate, tzOffset } from "@date-fns/tz";
import { differenceInCalendarDays, format, startOfWeek } from "date-fns";
import { describe, expect, it } from "vitest";
import {
  computeInsights,
  dayInZone,
  daysToFirstResponse,
  median,
  perWeek,
  weekWindow,
  type ApplicationTotals,
} from "./compute-insights";

const DAY = 86_400_000;
const now = new Date("2026-11-26T12:00:00Z");
const letters = { sent: 0, owed: 0, overdue: 0, skipped: 0 };
const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / DAY;
// Zones with DST, half-hour and 45-minute offsets, a half-hour DST shift, and changes at midnight.
const ZONES = [
  "UTC",
  "Europe/London",
  "America/Los_Angeles",
  "Pacific/Auckland",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Australia/Lord_Howe",
  "America/St_Johns",
  "America/Santiago",
  "America/Havana",
  "Pacific/Chatham",
];

/** Deterministic pseudo-random instants in [from, to). */
function sampleInstants(from: number, to: number, count: number, seed = 1): number[] {
  let state = seed;
  const next = () => ((state = (state * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31);
  return Array.from({ length: count }, () => from + Math.floor(next() * (to - from)));
}

/** Every 10 minutes through each UTC day of `year` on which the zone's offset changes. */
function aroundOffsetChanges(timeZone: string, year: number): number[] {
  const instants: number[] = [];
  for (let day = Date.UTC(year, 0, 1); day < Date.UTC(year + 1, 0, 1); day += DAY) {
    if (tzOffset(timeZone, new Date(day)) === tzOffset(timeZone, new Date(day + DAY - 1))) continue;
    for (let at = day; at < day + DAY; at += 600_000) instants.push(at, at + 599_999);
  }
  return instants;
}

// What the page computed per row before the counting moved into SQL; the new code must agree.
const referenceWeekKey = (instant: Date, timeZone: string) =>
  format(startOfWeek(new TZDate(instant, timeZone), { weekStartsOn: 1 }), "yyyy-MM-dd");
const referenceDays = (appliedOn: Date, first: Date, timeZone: string) =>
  differenceInCalendarDays(
    new TZDate(first, timeZone),
    new TZDate(appliedOn.getUTCFullYear(), appliedOn.getUTCMonth(), appliedOn.getUTCDate(), 12, 0, timeZone),
  );

const totals = (overrides: Partial<ApplicationTotals> = {}): ApplicationTotals => ({
  total: 5,
  reached: { applied: 5, screening: 2, interview: 2, offer: 1, accepted: 1 },
  responded: 3,
  rejections: { applied: 1, screen: 0, interview: 0, final: 0, offer: 0 },
  ...overrides,
});

describe("weekWindow", () => {
  it("spans Monday-based weeks of the user's zone, oldest first, ending this week", () => {
    const window = weekWindow(now, "Europe/London", 3);
    expect(window.weeks).toEqual([
      { weekStart: "2026-11-09", label: "9 Nov" },
      { weekStart: "2026-11-16", label: "16 Nov" },
      { weekStart: "2026-11-23", label: "23 Nov" },
    ]);
    expect(window.startDates).toEqual(["2026-11-09", "2026-11-16", "2026-11-23", "2026-11-30"]);
    expect(window.starts.map((start) => start.toISOString())).toEqual([
      "2026-11-09T00:00:00.000Z",
      "2026-11-16T00:00:00.000Z",
      "2026-11-23T00:00:00.000Z",
      "2026-11-30T00:00:00.000Z",
    ]);
    // Monday 00:00 in Auckland (UTC+13 in summer) is Sunday 11:00 UTC.
    expect(weekWindow(now, "Pacific/Auckland", 1).starts[0]!.toISOString()).toBe("2026-11-22T11:00:00.000Z");
  });

  it("puts every instant in the week its zone's calendar puts it, across DST changes", () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const timeZone of ZONES) {
      for (const at of [now, new Date("2026-04-01T12:00:00Z"), new Date("2026-10-28T12:00:00Z")]) {
        const window = weekWindow(at, timeZone);
        const starts = window.starts.map((start) => start.getTime());
        const edges = starts.flatMap((start) => [start - 3_600_001, start - 1, start, start + 1, start + 3_599_999]);
        const instants = [...edges, ...sampleInstants(starts[0]! - 14 * DAY, starts.at(-1)! + 14 * DAY, 150)];
        for (const instant of instants) {
          const bucket = starts.findIndex((start, i) => i < window.weeks.length && instant >= start && instant < starts[i + 1]!);
          const expected = window.weeks.findIndex((week) => week.weekStart === referenceWeekKey(new Date(instant), timeZone));
          if (bucket !== expected) mismatches.push(`${timeZone} ${new Date(instant).toISOString()}: ${bucket}, not ${expected}`);
          checked++;
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(ZONES.length * 3 * 150);
  });
});

describe("perWeek", () => {
  it("lays width_bucket counts onto the window's weeks, leaving out those before and after it", () => {
    const window = weekWindow(now, "Europe/London", 3);
    const counts = [
      { week: 0, count: 7 },
      { week: 1, count: 2 },
      { week: 3, count: 1 },
      { week: 4, count: 9 },
    ];
    expect(perWeek(window, counts)).toEqual([
      { weekStart: "2026-11-09", label: "9 Nov", value: 2 },
      { weekStart: "2026-11-16", label: "16 Nov", value: 0 },
      { weekStart: "2026-11-23", label: "23 Nov", value: 1 },
    ]);
  });
});

describe("daysToFirstResponse", () => {
  it("counts calendar days in the user's zone and drops responses dated before the application", () => {
    const applied = dayNumber("2026-11-02");
    const responses = [
      { appliedOn: applied, firstResponseAt: Date.parse("2026-11-06T00:00:00Z") }, // 5 Nov in Los Angeles
      { appliedOn: applied, firstResponseAt: Date.parse("2026-11-12T09:00:00Z") },
      { appliedOn: applied, firstResponseAt: Date.parse("2026-11-01T09:00:00Z") }, // before applying
    ];
    expect(daysToFirstResponse(responses, "Europe/London")).toEqual([4, 10]);
    expect(daysToFirstResponse(responses, "America/Los_Angeles")).toEqual([3, 10]);
    expect(daysToFirstResponse(responses, "Pacific/Auckland")).toEqual([4, 10]);
  });

  it("agrees with date-fns in every zone, on either side of DST changes", () => {
    const mismatches: string[] = [];
    let checked = 0;
    for (const timeZone of ZONES) {
      const dayOf = dayInZone(timeZone);
      const instants = [
        ...sampleInstants(Date.parse("2025-01-01T00:00:00Z"), Date.parse("2027-01-01T00:00:00Z"), 1000, timeZone.length),
        ...aroundOffsetChanges(timeZone, 2026),
      ];
      for (const instant of instants) {
        const appliedOn = Math.floor(instant / DAY) - (instant % 40);
        const expected = referenceDays(new Date(appliedOn * DAY), new Date(instant), timeZone);
        if (dayOf(instant) - appliedOn !== expected) mismatches.push(`${timeZone} ${new Date(instant).toISOString()}`);
        checked++;
      }
    }
    expect(mismatches).toEqual([]);
    expect(checked).toBeGreaterThan(ZONES.length * 1000);
  });
});

describe("computeInsights", () => {
  it("builds the funnel, response rate, rejections, median days to first response and weekly counts", () => {
    const applied = dayNumber("2026-11-02");
    const insights = computeInsights({
      totals: totals(),
      responses: [
        { appliedOn: applied, firstResponseAt: Date.parse("2026-11-06T00:00:00Z") }, // 4 days
        { appliedOn: applied, firstResponseAt: Date.parse("2026-11-12T09:00:00Z") }, // 10 days
        { appliedOn: applied, firstResponseAt: Date.parse("2026-11-04T09:00:00Z") }, // 2 days
      ],
      window: weekWindow(now, "Europe/London"),
      applicationsPerWeek: [{ week: 9, count: 5 }],
      interactionsPerWeek: [{ week: 12, count: 2 }],
      letters: { sent: 1, owed: 2, overdue: 1, skipped: 0 },
      timeZone: "Europe/London",
    });
    expect(insights.total).toBe(5);
    expect(insights.funnel.map((stage) => [stage.key, stage.label, stage.value])).toEqual([
      ["applied", "Applied", 5],
      ["screening", "Screening", 2],
      ["interview", "Interview", 2],
      ["offer", "Offer", 1],
      ["accepted", "Accepted", 1],
    ]);
    expect(insights.responseRate).toBe(3 / 5);
    expect(insights.responded).toBe(3);
    expect(insights.rejections.map((stage) => stage.value)).toEqual([1, 0, 0, 0, 0]);
    expect(insights.rejections[0]).toEqual({ key: "applied", label: "After applying", value: 1 });
    expect(insights.medianDaysToFirstResponse).toBe(4);
    expect(insights.responsesTimed).toBe(3);
    expect(insights.applicationsPerWeek).toHaveLength(12);
    expect(insights.applicationsPerWeek[8]).toEqual({ weekStart: "2026-11-02", label: "2 Nov", value: 5 });
    expect(insights.applicationsPerWeek.reduce((sum, week) => sum + week.value, 0)).toBe(5);
    expect(insights.interactionsPerWeek.at(-1)).toEqual({ weekStart: "2026-11-23", label: "23 Nov", value: 2 });
    expect(insights.letters).toEqual({ sent: 1, owed: 2, overdue: 1, skipped: 0 });
  });

  it("has no rate and no median without data", () => {
    const none = totals({
      total: 0,
      reached: { applied: 0, screening: 0, interview: 0, offer: 0, accepted: 0 },
      responded: 0,
      rejections: { applied: 0, screen: 0, interview: 0, final: 0, offer: 0 },
    });
    const insights = computeInsights({
      totals: none,
      responses: [],
      window: weekWindow(now, "UTC"),
      applicationsPerWeek: [],
      interactionsPerWeek: [],
      letters,
      timeZone: "UTC",
    });
    expect(insights.responseRate).toBeNull();
    expect(insights.medianDaysToFirstResponse).toBeNull();
    expect(insights.responsesTimed).toBe(0);
    expect(insights.applicationsPerWeek).toHaveLength(12);
    expect(insights.applicationsPerWeek.every((week) => week.value === 0)).toBe(true);
  });
});

describe("median", () => {
  it("takes the middle value, or the mean of the two middle ones", () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([])).toBeNull();
  });
});
