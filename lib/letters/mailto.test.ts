import { describe, expect, it } from "vitest";
import { mailtoHref } from "./mailto";

describe("mailtoHref", () => {
  it("encodes subject and body, with CRLF line breaks, and keeps the address readable", () => {
    const href = mailtoHref({ to: "dana.smith+jobs@example.com", subject: "Thank you — Q&A? 100%", body: "Dear Dana,\n\nThanks & best.\n#1" });
    expect(href).toBe(
      "mailto:dana.smith%2Bjobs@example.com?subject=Thank%20you%20%E2%80%94%20Q%26A%3F%20100%25&body=Dear%20Dana%2C%0D%0A%0D%0AThanks%20%26%20best.%0D%0A%231",
    );
  });

  it("round-trips through URL parsing", () => {
    const subject = "Re: a=b&c=d";
    const body = "Line one\r\nLine two ✓";
    const url = new URL(mailtoHref({ to: "a@b.test", subject, body }));
    expect(url.protocol).toBe("mailto:");
    expect(url.pathname).toBe("a@b.test");
    expect(url.searchParams.get("subject")).toBe(subject);
    expect(url.searchParams.get("body")).toBe(body);
  });

  it("leaves the recipient empty when the address is unknown", () => {
    expect(mailtoHref({ subject: "Hi", body: "" })).toBe("mailto:?subject=Hi&body=");
  });
});
