import { describe, expect, it } from "vitest";
import { applicationListQuerySchema } from "@/lib/validation/application";
import { applicationsUrl } from "./list-url";

describe("applicationsUrl", () => {
  it("leaves defaults out and keeps filters", () => {
    expect(applicationsUrl({ sort: "lastActivity", dir: "desc", page: 1 })).toBe("/applications");
    expect(applicationsUrl({ q: "acme & co", status: "offer" }, { page: 2 })).toBe("/applications?q=acme+%26+co&status=offer&page=2");
  });

  it("round-trips through the URL schema", () => {
    const query = applicationListQuerySchema.parse({ q: "ana", tag: "remote", sort: "company", dir: "asc", page: "3" });
    const url = new URL(applicationsUrl(query), "http://x");
    expect(applicationListQuerySchema.parse(Object.fromEntries(url.searchParams))).toEqual(query);
  });

  it("falls back to defaults for junk in the URL", () => {
    expect(applicationListQuerySchema.parse({ status: "nope", sort: "x", dir: "up", page: "-4" })).toEqual({
      sort: "lastActivity",
      dir: "desc",
      page: 1,
    });
  });
});
