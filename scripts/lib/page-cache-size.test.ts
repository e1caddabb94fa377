import { describe, expect, it } from "vitest";
import { DEFAULT_PAGE_CACHE_MB, parsePageCacheBytes } from "./page-cache-size";

describe("parsePageCacheBytes", () => {
  it("defaults, reads megabytes, and takes 0 for off", () => {
    expect(parsePageCacheBytes(undefined)).toBe(DEFAULT_PAGE_CACHE_MB * 1024 * 1024);
    expect(parsePageCacheBytes(" ")).toBe(DEFAULT_PAGE_CACHE_MB * 1024 * 1024);
    expect(parsePageCacheBytes("64")).toBe(64 * 1024 * 1024);
    expect(parsePageCacheBytes("0")).toBe(0);
  });

  it("refuses what is not a whole number of megabytes, naming the variable", () => {
    for (const raw of ["-1", "1.5", "lots", "5000"]) expect(() => parsePageCacheBytes(raw)).toThrow(/PAGE_CACHE_MB/);
  });
});
