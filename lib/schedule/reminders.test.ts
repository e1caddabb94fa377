import { describe, expect, it } from "vitest";
import { dueGroupOf, nextCadenceDue, nextDigestAt, SNOOZE_CHOICES, snoozedUntil } from "./reminders";
import { localInputToUtc, utcToLocalInput } from "./zoned";

const at = (local: string, zone: string) => localInputToUtc(local, zone)!;

const hoursIn = (timeZone: string, weekdaysOnly = true) => ({ timeZone, reminderMinutes: 9 * 60, weekdaysOnly });

describe("cadence", () => {
  it("schedules the next touch N local days after it was done, at the reminder time", () => {
    const done = at("2026-10-20T14:15", "Europe/London");
    // Thursday 19 November.
    expect(utcToLocalInput(nextCadenceDue(done, 30, hoursIn("Europe/London")), "Europe/London")).toBe("2026-11-19T09:00");
  });

  it("crosses the Sydney spring-forward without drifting an hour", () => {
    const done = at("2026-10-01T09:00", "Australia/Sydney");
    expect(utcToLocalInput(nextCadenceDue(done, 7, hoursIn("Australia/Sydney")), "Australia/Sydney")).toBe("2026-10-08T09:00");
  });

  it("moves a weekend repeat to Monday when weekdays only, and keeps it otherwise", () => {
    const done = at("2026-11-21T23:30", "America/New_York"); // a Saturday night
    expect(utcToLocalInput(nextCadenceDue(done, 7, hoursIn("America/New_York")), "America/New_York")).toBe("2026-11-30T09:00");
    expect(utcToLocalInput(nextCadenceDue(done, 7, hoursIn("America/New_York", false)), "America/New_York")).toBe("2026-11-28T09:00");
  });
});

describe("snooze", () => {
  it.each([
    ["today", "2026-11-26T13:00"],
    ["1d", "2026-11-27T09:00"],
    ["3d", "2026-11-30T09:00"], // Sunday 29 → Monday
    ["1w", "2026-12-03T09:00"],
  ] as const)("%s lands in working hours", (choice, expected) => {
    const now = at("2026-11-26T10:00", "America/New_York"); // a Thursday
    expect(utcToLocalInput(snoozedUntil(now, choice, hoursIn("America/New_York")), "America/New_York")).toBe(expected);
  });

  it("offers Later today, Tomorrow, 3 days and 1 week", () => {
    expect(Object.values(SNOOZE_CHOICES).map((choice) => choice.label)).toEqual(["Later today", "Tomorrow", "3 days", "1 week"]);
  });
});

describe("digest moment", () => {
  it("is today at the digest hour if that is still ahead, else tomorrow", () => {
    const zone = "America/New_York";
    const hours = hoursIn(zone);
    expect(utcToLocalInput(nextDigestAt(at("2026-11-26T07:10", zone), 8, hours), zone)).toBe("2026-11-26T08:00");
    expect(utcToLocalInput(nextDigestAt(at("2026-11-26T08:00", zone), 8, hours), zone)).toBe("2026-11-26T08:00");
    expect(utcToLocalInput(nextDigestAt(at("2026-11-26T08:01", zone), 8, hours), zone)).toBe("2026-11-27T08:00");
  });

  it("keeps the digest hour but skips the weekend when weekdays only", () => {
    const zone = "Europe/London";
    // Friday after the digest hour → Monday; Saturday → Monday.
    expect(utcToLocalInput(nextDigestAt(at("2026-11-27T19:00", zone), 18, hoursIn(zone)), zone)).toBe("2026-11-30T18:00");
    expect(utcToLocalInput(nextDigestAt(at("2026-11-28T07:00", zone), 18, hoursIn(zone)), zone)).toBe("2026-11-30T18:00");
    expect(utcToLocalInput(nextDigestAt(at("2026-11-28T07:00", zone), 18, hoursIn(zone, false)), zone)).toBe("2026-11-28T18:00");
  });

  it("lands on the hour that exists on a spring-forward day", () => {
    const zone = "America/New_York";
    expect(nextDigestAt(at("2026-03-08T00:30", zone), 2, hoursIn(zone, false)).toISOString()).toBe("2026-03-08T07:00:00.000Z");
  });
});

describe("due groups", () => {
  const zone = "Australia/Sydney";
  const now = at("2026-11-26T10:00", zone);
  it.each([
    ["2026-11-25T23:59", "overdue"],
    ["2026-11-26T00:00", "today"],
    ["2026-11-26T23:59", "today"],
    ["2026-11-27T00:00", "week"],
    ["2026-12-03T23:59", "week"],
    ["2026-12-04T00:00", "later"],
  ])("%s is %s", (local, group) => {
    expect(dueGroupOf(at(local, zone), now, zone)).toBe(group);
  });
});
