import { afterEach, describe, expect, it, vi } from "vitest";
import { applicationSchemaFor } from "./application";

const form = (dates: { appliedOn?: string; decisionExpectedOn?: string }, extra: Record<string, string> = {}) => ({
  company: "Vandelay Industries",
  role: "Importer",
  status: "applied",
  ...dates,
  ...extra,
});
const errorsOf = (input: Record<string, unknown>, timeZone?: string) => {
  const result = applicationSchemaFor(timeZone).safeParse(input);
  return result.success ? {} : (result.error.flatten().fieldErrors as Record<string, string[]>);
};

describe("the application form's dates", () => {
  afterEach(() => vi.useRealTimers());

  it("refuses an application sent after today, today being the user's", () => {
    // Noon UTC on 7 December is already 8 December in Auckland, still 7 December in New York.
    vi.useFakeTimers({ now: new Date("2026-12-07T12:00:00Z"), toFake: ["Date"] });
    expect(errorsOf(form({ appliedOn: "2026-12-07" }), "America/New_York")).toEqual({});
    expect(errorsOf(form({ appliedOn: "2026-12-08" }), "Pacific/Auckland")).toEqual({});
    expect(errorsOf(form({ appliedOn: "2026-12-08" }), "America/New_York").appliedOn).toEqual([
      "That day is still to come: enter the day you sent the application",
    ]);
    expect(errorsOf(form({ appliedOn: "2027-01-01" })).appliedOn).toHaveLength(1);
  });

  it("refuses a decision date before the application date, on the decision field", () => {
    expect(errorsOf(form({ appliedOn: "2026-11-10", decisionExpectedOn: "2026-11-09" }))).toEqual({
      decisionExpectedOn: ["The decision cannot come before the day you applied: check both dates"],
    });
    expect(errorsOf(form({ appliedOn: "2026-11-10", decisionExpectedOn: "2026-11-10" }))).toEqual({});
    expect(errorsOf(form({ decisionExpectedOn: "2026-11-09" }))).toEqual({});
  });

  it("says everything at once: the dates are checked even when another field is wrong", () => {
    const errors = errorsOf(form({ appliedOn: "2026-11-10", decisionExpectedOn: "2026-11-01" }, { company: "" }));
    expect(Object.keys(errors).sort()).toEqual(["company", "decisionExpectedOn"]);
    // A date that is not a date gets its own message, not the comparison's.
    expect(Object.keys(errorsOf(form({ appliedOn: "2026-02-30", decisionExpectedOn: "2026-01-01" })))).toEqual(["appliedOn"]);
  });
});
