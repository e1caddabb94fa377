import { describe, expect, it } from "vitest";
import { parseWebConcurrency } from "./web-concurrency";

describe("parseWebConcurrency", () => {
  it("defaults to one process", () => {
    expect(parseWebConcurrency(undefined)).toBe(1);
    expect(parseWebConcurrency("")).toBe(1);
    expect(parseWebConcurrency("  ")).toBe(1);
  });

  it("reads a whole number of processes", () => {
    expect(parseWebConcurrency("2")).toBe(2);
    expect(parseWebConcurrency(" 4 ")).toBe(4);
  });

  it.each(["0", "-1", "1.5", "two", "65", "2x"])("refuses %j with a message naming the variable", (raw) => {
    expect(() => parseWebConcurrency(raw)).toThrow(/WEB_CONCURRENCY must be a whole number/);
  });
});
