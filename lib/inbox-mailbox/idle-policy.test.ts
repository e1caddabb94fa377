import { describe, expect, it } from "vitest";
import { doubledDelayMs, offersIdle } from "./idle-policy";

describe("offersIdle", () => {
  it("says yes for a server naming IDLE or IMAP4rev2, in any case", () => {
    expect(offersIdle(["IMAP4rev1", "LITERAL+", "IDLE", "UIDPLUS"])).toBe(true);
    expect(offersIdle(new Map([["IMAP4rev2", true]]).keys())).toBe(true);
    expect(offersIdle(["imap4rev1", "idle"])).toBe(true);
  });

  it("says no for a server without it: the poll reads that mailbox", () => {
    expect(offersIdle(["IMAP4rev1", "LITERAL+", "UIDPLUS", "NAMESPACE"])).toBe(false);
    expect(offersIdle([])).toBe(false);
    // A capability that merely starts with the word is not IDLE.
    expect(offersIdle(["IDLEX", "X-IDLE"])).toBe(false);
  });
});

describe("doubledDelayMs", () => {
  it("doubles after each failure in a row and stops at the cap", () => {
    expect([1, 2, 3, 4, 5, 10].map((failures) => doubledDelayMs(failures, 10_000, 60_000))).toEqual([10_000, 20_000, 40_000, 60_000, 60_000, 60_000]);
    expect(doubledDelayMs(0, 10_000, 60_000)).toBe(10_000);
  });
});
