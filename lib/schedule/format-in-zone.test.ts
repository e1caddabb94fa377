import { TZDate } from "@date-fns/tz";
import { format } from "date-fns";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatInTimeZone } from "./format-in-zone";

const ZONES = ["UTC", "Europe/London", "America/New_York", "Australia/Sydney", "Asia/Kolkata", "Pacific/Chatham", "America/St_Johns", "Pacific/Kiritimati"];
const PATTERNS = ["EEE d MMM yyyy, HH:mm", "EEE d MMM, HH:mm", "HH:mm", "d MMM", "d MMMM yyyy", "yyyy-MM-dd", "d MMM yyyy"];

describe("formatInTimeZone", () => {
  it("agrees with date-fns for every pattern the app uses, in zones with odd offsets and DST", () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date("1970-01-01T00:00:00Z"), max: new Date("2100-12-31T23:59:59Z"), noInvalidDate: true }),
        fc.constantFrom(...ZONES),
        fc.constantFrom(...PATTERNS),
        (instant, zone, pattern) => {
          expect(formatInTimeZone(instant, zone, pattern)).toBe(format(new TZDate(instant, zone), pattern));
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("shows midnight as 00, never 24, and the hours either side of a DST change", () => {
    expect(formatInTimeZone(new Date("2026-11-26T00:00:00Z"), "UTC", "HH:mm")).toBe("00:00");
    expect(formatInTimeZone(new Date("2026-03-29T00:59:00Z"), "Europe/London", "HH:mm")).toBe("00:59");
    expect(formatInTimeZone(new Date("2026-03-29T01:00:00Z"), "Europe/London", "HH:mm")).toBe("02:00");
    expect(formatInTimeZone(new Date("2026-09-03T09:00:00Z"), "Europe/London", "EEE d MMM yyyy, HH:mm")).toBe("Thu 3 Sep 2026, 10:00");
  });

  it("falls back to date-fns for a pattern it does not assemble itself", () => {
    const instant = new Date("2026-11-26T15:04:00Z");
    expect(formatInTimeZone(instant, "Asia/Tokyo", "yyyy-MM-dd'T'HH:mm")).toBe("2026-11-27T00:04");
    expect(formatInTimeZone(instant, "Asia/Tokyo", "EEEE")).toBe("Friday");
  });
});
