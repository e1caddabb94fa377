import { describe, expect, it } from "vitest";
import { dueGroupOf, nextCadenceDue, nextDigestAt, snoozedUntil } from "./reminders";
import { localInputToUtc, utcToLocalInput } from "./zoned";

const at = (local: string, zone: string) => localInputToUtc(local, zone)!;

describe("cadence", () => {
  it("schedules the next touch N local days after it was done, at the same local time", () => {
    const done = at("2026-10-20T14:15", "Europe/London");
    expect(utcToLocalInput(nextCadenceDue(done, 30, "Europe/London"), "Europe/London")).toBe("2026-11-19T14:15");
  });

  it("crosses the Sydney spring-forward without drifting an hour", () => {
    const done = at("2026-10-01T09:00", "Australia/Sydney");
    expect(utcToLocalInput(nextCadenceDue(done, 7, "Australia/Sydney"), "Australia/Sydney")).toBe("2026-10-08T09:00");
  });
});

describe("snooze", () => {
  it.each([
    ["1d", "2026-11-27T10:00"],
    ["3d", "2026-11-29T10:00"],
    ["1w", "2026-12-03T10:00"],
  ] as const)("%s moves to the same local time later", (choice, expected) => {
    const now = at("2026-11-26T10:00", "America/New_York");
    expect(utcToLocalInput(snoozedUntil(now, choice, "America/New_York"), "America/New_York")).toBe(expected);
  });
});

describe("digest moment", () => {
  it("is today at the digest hour if that is still ahead, else tomorrow", () => {
    const zone = "America/New_York";
    expect(utcToLocalInput(nextDigestAt(at("2026-11-26T07:10", zone), 8, zone), zone)).toBe("2026-11-26T08:00");
    expect(utcToLocalInput(nextDigestAt(at("2026-11-26T08:00", zone), 8, zone), zone)).toBe("2026-11-26T08:00");
    expect(utcToLocalInput(nextDigestAt(at("2026-11-26T08:01", zone), 8, zone), zone)).toBe("2026-11-27T08:00");
  });

  it("lands on the hour that exists on a spring-forward day", () => {
    const zone = "America/New_York";
    expect(nextDigestAt(at("2026-03-08T00:30", zone), 2, zone).toISOString()).toBe("2026-03-08T07:00:00.000Z");
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
