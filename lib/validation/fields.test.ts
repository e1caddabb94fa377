import { describe, expect, it } from "vitest";
import { completeUrl, isHttpUrl, optionalEmail, optionalHttpUrl, parseCalendarDate, parseLocalDateTime, tagsSchema } from "./fields";

describe("parseCalendarDate", () => {
  it("reads real days at UTC midnight", () => {
    expect(parseCalendarDate("2028-02-29")?.toISOString()).toBe("2028-02-29T00:00:00.000Z");
  });
  it.each(["2026-02-29", "2026-13-01", "2026-00-10", "26-1-1", "2026-1-01", "1969-12-31", "2101-01-01", "", "2026-11-26T00:00"])("refuses %j", (value) => {
    expect(parseCalendarDate(value)).toBeNull();
  });
});

describe("parseLocalDateTime", () => {
  it("reads the wall-clock time in the user's zone, across DST", () => {
    expect(parseLocalDateTime("2026-12-03T14:30", "America/New_York")?.toISOString()).toBe("2026-12-03T19:30:00.000Z");
    expect(parseLocalDateTime("2026-07-03T14:30", "America/New_York")?.toISOString()).toBe("2026-07-03T18:30:00.000Z");
    expect(parseLocalDateTime("2026-12-03T09:00", "Australia/Sydney")?.toISOString()).toBe("2026-12-02T22:00:00.000Z");
    expect(parseLocalDateTime("2026-12-03T09:00:00", "UTC")?.toISOString()).toBe("2026-12-03T09:00:00.000Z");
  });
  it.each(["2026-12-03", "2026-12-03T24:00", "2026-12-03T10:60", "2026-02-30T10:00", "tomorrow", "2026-12-03T10:00Z"])("refuses %j", (value) => {
    expect(parseLocalDateTime(value, "Europe/London")).toBeNull();
  });
});

describe("tagsSchema", () => {
  it("lower-cases, trims and de-duplicates", () => {
    expect(tagsSchema.parse(" Remote, dream job ,remote,, ")).toEqual(["remote", "dream job"]);
    expect(tagsSchema.parse(undefined)).toEqual([]);
  });
  it("bounds the number and length of tags", () => {
    expect(tagsSchema.safeParse(Array.from({ length: 21 }, (_, i) => `t${i}`).join(",")).success).toBe(false);
    expect(tagsSchema.safeParse("x".repeat(41)).success).toBe(false);
  });
});

describe("URLs and e-mails", () => {
  it("accepts only http(s) web addresses", () => {
    expect(isHttpUrl("https://jobs.example.com/1")).toBe(true);
    for (const bad of ["javascript:alert(1)", "data:text/html,x", "ftp://x.example", "https://", "example.com"]) expect(isHttpUrl(bad)).toBe(false);
  });
  it("adds https:// to an address typed without its scheme, and still refuses other schemes", () => {
    expect(optionalHttpUrl.parse("vandelay.example/careers/pd")).toBe("https://vandelay.example/careers/pd");
    expect(optionalHttpUrl.parse(" www.linkedin.com/in/ana ")).toBe("https://www.linkedin.com/in/ana");
    expect(optionalHttpUrl.parse("//jobs.example.com?id=3")).toBe("https://jobs.example.com?id=3");
    expect(optionalHttpUrl.parse("example.com:8080/x")).toBe("https://example.com:8080/x");
    expect(optionalHttpUrl.parse("http://example.com")).toBe("http://example.com");
    expect(optionalHttpUrl.parse("")).toBeNull();
    for (const bad of ["javascript:alert(1)", "data:text/html,x", "ftp://x.example", "not a url", "mailto:a@b.example", "user@example.com"]) {
      expect(optionalHttpUrl.safeParse(bad).success).toBe(false);
    }
    expect(completeUrl("https://a.example")).toBe("https://a.example");
  });
  it("lower-cases e-mails and treats blank as none", () => {
    expect(optionalEmail.parse(" Ana@Example.COM ")).toBe("ana@example.com");
    expect(optionalEmail.parse("")).toBeNull();
    expect(optionalEmail.safeParse("ana@").success).toBe(false);
  });
});

describe("NUL characters", () => {
  it("are dropped before Postgres sees them (it cannot store them)", async () => {
    const { requiredText, optionalText } = await import("./fields");
    expect(requiredText(10, "missing").parse("a\u0000b")).toBe("ab");
    expect(optionalText(10).parse("\u0000")).toBeNull();
    expect(requiredText(10, "missing").safeParse("\u0000").success).toBe(false);
    expect(tagsSchema.parse("re\u0000mote")).toEqual(["remote"]);
  });
});
