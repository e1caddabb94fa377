import { describe, expect, it } from "vitest";
import { createPageStore, type StoredPage } from "./page-store";

const MINUTE = 60_000;
const at = (minute: number, second = 0) => minute * MINUTE + second * 1000;
const page = (body: string): StoredPage => ({ headers: { "content-type": "text/html" }, body, nonce: null });

describe("the page store", () => {
  it("gives back a page kept in the same minute", () => {
    const store = createPageStore({ maxBytes: 1_000_000 });
    store.set("a", page("<p>A</p>"), at(10, 1), at(10, 2));
    expect(store.get("a", at(10, 59))?.body).toBe("<p>A</p>");
    expect(store.get("b", at(10, 59))).toBeUndefined();
  });

  it("drops every page once the minute has passed", () => {
    const store = createPageStore({ maxBytes: 1_000_000 });
    store.set("a", page("<p>A</p>"), at(10, 1), at(10, 2));
    expect(store.get("a", at(11, 0))).toBeUndefined();
    expect(store.size()).toEqual({ pages: 0, bytes: 0 });
  });

  it("does not keep a page whose render began in a minute that has passed", () => {
    const store = createPageStore({ maxBytes: 1_000_000 });
    store.set("a", page("<p>A</p>"), at(10, 59), at(11, 0));
    expect(store.get("a", at(11, 1))).toBeUndefined();
  });

  it("pushes the least recently used pages out when full, and never keeps a page larger than allowed", () => {
    const body = "x".repeat(1_000);
    const store = createPageStore({ maxBytes: 3 * (1_000 + 512), maxPageBytes: 2_000 });
    for (const key of ["a", "b", "c"]) store.set(key, page(body), at(1), at(1));
    expect(store.get("a", at(1))).toBeDefined(); // "b" is now the least recently used
    store.set("d", page(body), at(1), at(1));
    expect(["a", "b", "c", "d"].map((key) => store.get(key, at(1)) !== undefined)).toEqual([true, false, true, true]);
    store.set("huge", page("x".repeat(5_000)), at(1), at(1));
    expect(store.get("huge", at(1))).toBeUndefined();
    expect(store.size()).toEqual({ pages: 3, bytes: 3 * 1_512 });
  });

  it("replaces a page kept under the same key", () => {
    const store = createPageStore({ maxBytes: 1_000_000 });
    store.set("a", page("old"), at(1), at(1));
    store.set("a", page("new"), at(1), at(1));
    expect(store.get("a", at(1))?.body).toBe("new");
    expect(store.size().pages).toBe(1);
  });
});
