import { describe, expect, it } from "vitest";
import { cadenceDefaultsSchema, toCadenceDefaults } from "./cadence-defaults";

describe("keep-in-touch defaults", () => {
  it("keeps the roles given, drops the empty ones", () => {
    const parsed = cadenceDefaultsSchema.parse({ cadence_recruiter: "45", cadence_peer: " ", cadence_referrer: "30" });
    expect(toCadenceDefaults(parsed)).toEqual({ recruiter: 45, referrer: 30 });
  });

  it.each([["0"], ["731"], ["-3"], ["2.5"], ["ten"], ["99999"]])("refuses %s with a message on the field", (value) => {
    const result = cadenceDefaultsSchema.safeParse({ cadence_recruiter: value });
    expect(result.success).toBe(false);
    expect(result.error!.issues[0]!.path).toEqual(["cadence_recruiter"]);
  });

  it("refuses unknown fields", () => {
    expect(cadenceDefaultsSchema.safeParse({ userId: "x" }).success).toBe(false);
  });
});
