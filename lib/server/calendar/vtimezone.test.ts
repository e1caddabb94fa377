import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { vtimezone } from "./vtimezone";

function zoneOf(tzid: string) {
  const component = new ICAL.Component(ICAL.parse(`BEGIN:VCALENDAR\r\nVERSION:2.0\r\n${vtimezone(tzid, new Date("2026-06-01T00:00:00Z"))}\r\nEND:VCALENDAR`));
  return new ICAL.Timezone(component.getFirstSubcomponent("vtimezone")!);
}

describe("vtimezone", () => {
  it.each([
    ["America/New_York", "2026-01-15T12:00:00", -5 * 3600],
    ["America/New_York", "2026-07-15T12:00:00", -4 * 3600],
    ["Europe/London", "2026-01-15T12:00:00", 0],
    ["Europe/London", "2026-07-15T12:00:00", 3600],
    ["Australia/Sydney", "2026-01-15T12:00:00", 11 * 3600],
    ["Australia/Sydney", "2026-07-15T12:00:00", 10 * 3600],
    ["Asia/Tokyo", "2026-07-15T12:00:00", 9 * 3600],
    ["UTC", "2026-07-15T12:00:00", 0],
  ])("gives ical.js the right offset in %s at %s", (tzid, local, seconds) => {
    const zone = zoneOf(tzid);
    const time = ICAL.Time.fromDateTimeString(local);
    expect(zone.utcOffset(time)).toBe(seconds);
  });
});
