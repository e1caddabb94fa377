import { describe, expect, it } from "vitest";
import { countWords, lengthHint, letterWarnings, sharedSentenceRatio } from "./letter-checks";

const letter = (body: string) => `Dear Dana,\n\n${body}\n\nBest wishes,\nAlex Morgan`;
const context = { signatureName: "Alex Morgan", others: [{ id: "eli", name: "Eli Cohen", detail: "you focused on on-call rotations" }] };

describe("letterWarnings", () => {
  it("passes a clean letter", () => {
    expect(letterWarnings(letter("Thank you for your time on the panel."), context)).toEqual([]);
  });

  it("flags a leftover placeholder", () => {
    expect(letterWarnings(letter("Thank you, [Name], for the time."), context).join()).toMatch(/placeholder.*\[Name\]/);
    expect(letterWarnings(letter("Thank you {{firstName}}."), context).join()).toMatch(/placeholder/);
  });

  it("flags another person's name or topic", () => {
    expect(letterWarnings(letter("Like Eli, you asked about on-call."), context).join()).toMatch(/mentions Eli Cohen/);
    expect(letterWarnings(letter("I enjoyed it when you focused on on-call rotations."), context).join()).toMatch(/talked about with Eli Cohen/);
  });

  it("flags a sentence another letter of the rejection has", () => {
    const shared = "I wish you and the team every success in the year ahead.";
    const warnings = letterWarnings(letter(shared), { ...context, others: [{ id: "eli", name: "Eli Cohen", body: letter(shared).replace("Dana", "Eli") }] });
    expect(warnings.join()).toMatch(/in common with the letter to Eli Cohen/);
  });

  it("flags a missing greeting or signature", () => {
    expect(letterWarnings("Thank you for your time.\n\nBest wishes,\nAlex Morgan", context).join()).toMatch(/greeting/);
    expect(letterWarnings("Dear Dana,\n\nThank you.\n\nBest wishes,", context).join()).toMatch(/your name \(Alex Morgan\)/);
    expect(letterWarnings("Dear Dana,\n\nThank you.\n\nBest wishes,", { signatureName: null, others: [] }).join()).toMatch(/not signed/);
  });
});

describe("lengths and overlaps", () => {
  it("counts words, accents and apostrophes included", () => {
    expect(countWords("Dear Sofía, it’s been a while — 3 weeks.")).toBe(8);
    expect(lengthHint(50)).toMatch(/Short/);
    expect(lengthHint(120)).toBeNull();
    expect(lengthHint(260)).toMatch(/Long/);
  });

  it("measures the share of sentences two letters have in common", () => {
    expect(sharedSentenceRatio("A one. B two. C three.", "A one. X. Y.")).toBeCloseTo(1 / 3);
    expect(sharedSentenceRatio("A one.", "")).toBe(0);
  });
});
