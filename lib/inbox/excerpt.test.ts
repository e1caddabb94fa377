import { expect, it } from "vitest";
import { EXCERPT_MAX_BYTES, excerptOf, postingUrlOf } from "./excerpt";

it("keeps the deciding sentence with its neighbours", () => {
  const text = "Hi Alex,\n\nThanks for your time. We decided to move forward with other candidates. We wish you well. Best, Jane";
  expect(excerptOf(text, "We decided to move forward with other candidates.")).toBe(
    "Thanks for your time. We decided to move forward with other candidates. We wish you well.",
  );
});

it("never keeps more than 2 kB, even of multi-byte text", () => {
  const excerpt = excerptOf("é".repeat(10_000), "");
  expect(Buffer.byteLength(excerpt)).toBeLessThanOrEqual(EXCERPT_MAX_BYTES + 3);
});

it("finds a posting link on an ATS", () => {
  expect(postingUrlOf("See https://jobs.lever.co/kestrel/1f2e3d4c. Thanks")).toBe("https://jobs.lever.co/kestrel/1f2e3d4c");
  expect(postingUrlOf("See https://example.com/jobs/1")).toBeNull();
});
