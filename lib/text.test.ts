import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { truncate } from "./text";

describe("truncate", () => {
  it("never leaves a lone surrogate", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), fc.integer({ min: 0, max: 120 }), (text, max) => {
        const cut = truncate(text, max, "…");
        expect(cut.isWellFormed()).toBe(true);
        if (Array.from(text).length <= max) expect(cut).toBe(text);
        else expect(text.startsWith(cut.slice(0, -1)) && cut.endsWith("…")).toBe(true);
      }),
    );
  });

  it("keeps short text as it is and marks a cut", () => {
    expect(truncate("short", 10, "…")).toBe("short");
    expect(truncate("𝕏".repeat(100), 5, "…")).toBe("𝕏𝕏𝕏𝕏…");
  });
});
