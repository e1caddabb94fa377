import { describe, expect, it } from "vitest";
import { DEFAULT_WEB_MEMORY_MB, parseWebMemory, webProcessNodeFlags } from "./web-memory";

describe("WEB_MEMORY_MB", () => {
  it("caps each web process's heap at 256 MB unless told otherwise", () => {
    expect(DEFAULT_WEB_MEMORY_MB).toBe(256);
    expect(webProcessNodeFlags({})).toEqual(["--max-old-space-size=256"]);
    expect(webProcessNodeFlags({ WEB_MEMORY_MB: " 512 " })).toEqual(["--max-old-space-size=512"]);
    expect(webProcessNodeFlags({ WEB_MEMORY_MB: "" })).toEqual(["--max-old-space-size=256"]);
  });

  it("leaves the heap to NODE_OPTIONS when that sets it", () => {
    expect(webProcessNodeFlags({ NODE_OPTIONS: "--enable-source-maps --max-old-space-size=1024", WEB_MEMORY_MB: "512" })).toEqual([]);
    expect(webProcessNodeFlags({ NODE_OPTIONS: "--enable-source-maps" })).toEqual(["--max-old-space-size=256"]);
  });

  it("refuses what is not a sensible size, saying what it wants", () => {
    for (const raw of ["abc", "64", "256.5", "-1", "1e3x"]) expect(() => parseWebMemory(raw)).toThrow(/WEB_MEMORY_MB must be a whole number of megabytes, at least 128/);
  });
});
