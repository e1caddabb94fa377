import { describe, expect, it } from "vitest";
import { contactCadence, parseCadenceDefaults } from "./contact-cadence";

const now = new Date("2026-11-26T12:00:00Z");

describe("contactCadence", () => {
  it("uses the chosen days, else the user's default for the role, else the built-in one", () => {
    expect(contactCadence("peer", 14, null, { peer: 45 }, now).keepInTouchDays).toBe(14);
    expect(contactCadence("peer", null, null, { peer: 45 }, now).keepInTouchDays).toBe(45);
    expect(contactCadence("referrer", null, null, {}, now).keepInTouchDays).toBe(30);
    expect(contactCadence("other", null, null, {}, now)).toEqual({ keepInTouchDays: null, nextTouchAt: null });
  });
  it("counts from the last interaction, or from now", () => {
    expect(contactCadence("peer", 10, new Date("2026-11-01T09:00:00Z"), {}, now).nextTouchAt?.toISOString()).toBe("2026-11-11T09:00:00.000Z");
    expect(contactCadence("peer", 10, null, {}, now).nextTouchAt?.toISOString()).toBe("2026-12-06T12:00:00.000Z");
  });
  it("keeps only sane user defaults", () => {
    expect(parseCadenceDefaults({ peer: 30, recruiter: -1, referrer: "x", reference: 9999 })).toEqual({ peer: 30 });
    expect(parseCadenceDefaults(null)).toEqual({});
  });
});
