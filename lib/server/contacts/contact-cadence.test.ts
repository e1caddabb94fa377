import { describe, expect, it } from "vitest";
import { cadenceSettingsOf, contactCadence, parseCadenceDefaults, type CadenceSettings } from "./contact-cadence";

// Thursday 26 November 2026, 12:00 UTC.
const now = new Date("2026-11-26T12:00:00Z");
const hours = { timeZone: "UTC", reminderMinutes: 540, weekdaysOnly: true };
const settings = (defaults: CadenceSettings["defaults"] = {}): CadenceSettings => ({ defaults, hours });

describe("contactCadence", () => {
  it("uses the chosen days, else the user's default for the role, else the built-in one", () => {
    expect(contactCadence("peer", 14, null, settings({ peer: 45 }), now).keepInTouchDays).toBe(14);
    expect(contactCadence("peer", null, null, settings({ peer: 45 }), now).keepInTouchDays).toBe(45);
    expect(contactCadence("referrer", null, null, settings(), now).keepInTouchDays).toBe(30);
    expect(contactCadence("other", null, null, settings(), now)).toEqual({ keepInTouchDays: null, nextTouchAt: null });
  });
  it("counts from the last interaction, or from now, and lands at the reminder time on a working day", () => {
    // Sunday 1 November + 10 days = Wednesday 11 November, 09:00.
    expect(contactCadence("peer", 10, new Date("2026-11-01T15:30:00Z"), settings(), now).nextTouchAt?.toISOString()).toBe("2026-11-11T09:00:00.000Z");
    // Thursday 26 November + 10 days = Sunday 6 December → Monday 7 December, 09:00.
    expect(contactCadence("peer", 10, null, settings(), now).nextTouchAt?.toISOString()).toBe("2026-12-07T09:00:00.000Z");
  });
  it("reads the user's row into settings", () => {
    expect(cadenceSettingsOf({ ...hours, cadenceDefaults: { peer: 20, recruiter: 0 } })).toEqual({ defaults: { peer: 20 }, hours });
  });
  it("keeps only sane user defaults", () => {
    expect(parseCadenceDefaults({ peer: 30, recruiter: -1, referrer: "x", reference: 9999 })).toEqual({ peer: 30 });
    expect(parseCadenceDefaults(null)).toEqual({});
  });
});
