import { describe, expect, it } from "vitest";
import { addLocalDays, formatInZone, localInputToUtc, parseLocalDateTime, startOfLocalDay, utcToLocalInput } from "./zoned";

describe("localInputToUtc", () => {
  it("reads an ordinary local time in the user's zone", () => {
    expect(localInputToUtc("2026-11-27T09:00", "America/New_York")?.toISOString()).toBe("2026-11-27T14:00:00.000Z");
    expect(localInputToUtc("2026-11-27T09:00", "Europe/London")?.toISOString()).toBe("2026-11-27T09:00:00.000Z");
    expect(localInputToUtc("2026-11-27T09:00", "Australia/Sydney")?.toISOString()).toBe("2026-11-26T22:00:00.000Z");
  });

  // Spring forward: the skipped half hour moves forward by the gap.
  it.each([
    ["America/New_York", "2026-03-08T02:30", "2026-03-08T07:30:00.000Z", "03:30"],
    ["Europe/London", "2026-03-29T01:30", "2026-03-29T01:30:00.000Z", "02:30"],
    ["Australia/Sydney", "2026-10-04T02:30", "2026-10-03T16:30:00.000Z", "03:30"],
  ])("moves a skipped time forward in %s", (zone, local, utc, shown) => {
    const instant = localInputToUtc(local, zone)!;
    expect(instant.toISOString()).toBe(utc);
    expect(formatInZone(instant, zone, "HH:mm")).toBe(shown);
  });

  // Fall back: a time that happens twice means its first occurrence, in every zone.
  it.each([
    ["America/New_York", "2026-11-01T01:30", "2026-11-01T05:30:00.000Z"],
    ["Europe/London", "2026-10-25T01:30", "2026-10-25T00:30:00.000Z"],
    ["Australia/Sydney", "2026-04-05T02:30", "2026-04-04T15:30:00.000Z"],
  ])("takes the first of a repeated time in %s", (zone, local, utc) => {
    const instant = localInputToUtc(local, zone)!;
    expect(instant.toISOString()).toBe(utc);
    expect(utcToLocalInput(instant, zone)).toBe(local);
  });

  it.each(["", "tomorrow", "2026-02-30T10:00", "2026-13-01T10:00", "2026-01-01T24:00", "2026-01-01T10:00' OR 1=1"])(
    "refuses %j",
    (value) => {
      expect(parseLocalDateTime(value)).toBeNull();
      expect(localInputToUtc(value, "UTC")).toBeNull();
    },
  );
});

describe("local day arithmetic", () => {
  it("keeps the wall-clock time across a DST change", () => {
    const before = localInputToUtc("2026-03-07T09:00", "America/New_York")!;
    expect(utcToLocalInput(addLocalDays(before, 1, "America/New_York"), "America/New_York")).toBe("2026-03-08T09:00");
    expect(addLocalDays(before, 1, "America/New_York").getTime() - before.getTime()).toBe(23 * 3600_000);
  });

  it("finds local midnight, including on a 25-hour day", () => {
    const noon = localInputToUtc("2026-10-25T12:00", "Europe/London")!;
    expect(startOfLocalDay(noon, "Europe/London").toISOString()).toBe("2026-10-24T23:00:00.000Z");
    expect(startOfLocalDay(noon, "Europe/London", 1).toISOString()).toBe("2026-10-26T00:00:00.000Z");
  });
});
