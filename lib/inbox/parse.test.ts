import { describe, expect, it } from "vitest";
import { MAX_EMAIL_BYTES, parseEmail } from "./parse";

const eml = (headers: string, body = "Hello") => `${headers}\r\n\r\n${body}\r\n`;
const HEADERS = "From: Lumen Labs <no-reply@us.greenhouse-mail.io>\r\nTo: alex@example.org\r\nSubject: Your application\r\nDate: Tue, 02 Dec 2025 09:14:00 +0000\r\nMessage-ID: <abc@greenhouse-mail.io>";

describe("parseEmail", () => {
  it("reads sender, subject, date, Message-ID and text", async () => {
    const result = await parseEmail(eml(HEADERS, "We have decided to move forward with other candidates."));
    expect(result).toEqual({
      ok: true,
      email: {
        messageId: "<abc@greenhouse-mail.io>",
        from: { address: "no-reply@us.greenhouse-mail.io", name: "Lumen Labs" },
        replyTo: null,
        subject: "Your application",
        date: new Date("2025-12-02T09:14:00Z"),
        text: "We have decided to move forward with other candidates.\n",
        headers: {},
      },
    });
  });

  it("keeps only the headers that mark bulk mail and auto-replies", async () => {
    const result = await parseEmail(eml(`${HEADERS}\r\nList-Unsubscribe: <mailto:u@x.example>\r\nX-Secret: no`));
    expect(result.ok && result.email.headers).toEqual({ "list-unsubscribe": "<mailto:u@x.example>" });
  });

  it("reads an HTML-only message as text", async () => {
    const result = await parseEmail(eml(`${HEADERS}\r\nContent-Type: text/html; charset=utf-8`, "<p>Thank you for <b>applying</b>.</p>"));
    expect(result.ok && result.email.text.trim()).toBe("Thank you for applying.");
  });

  it("gives a message without a Message-ID a stable one from its content", async () => {
    const source = eml(HEADERS.replace(/\r\nMessage-ID: .*/, ""));
    const [first, second] = [await parseEmail(source), await parseEmail(source)];
    expect(first.ok && first.email.messageId).toMatch(/^<[0-9a-f]{64}@no-message-id\.bridges>$/);
    expect(first.ok && second.ok && first.email.messageId === second.email.messageId).toBe(true);
  });

  it("decodes encoded words and a declared charset, and survives an unknown one", async () => {
    const latin1 = Buffer.concat([
      Buffer.from(`${HEADERS.replace("Subject: Your application", "Subject: =?UTF-8?B?SWhyZSBCZXdlcmJ1bmcgYmVpIEJyw7xja2U=?=")}\r\nContent-Type: text/plain; charset=iso-8859-1\r\n\r\n`),
      Buffer.from([0x47, 0x72, 0xfc, 0xdf, 0x65]),
    ]);
    const result = await parseEmail(latin1);
    expect(result.ok && [result.email.subject, result.email.text.trim()]).toEqual(["Ihre Bewerbung bei Brücke", "Grüße"]);
    const unknown = await parseEmail(eml(`${HEADERS}\r\nContent-Type: text/plain; charset=x-no-such-charset\r\nContent-Transfer-Encoding: base64`, "%%%not base64%%%"));
    expect(unknown.ok).toBe(true);
  });

  it.each([
    ["an empty paste", "", /empty/],
    ["plain text without headers", "Hi Alex, we decided to move forward with other candidates.", /does not look like an email/],
    ["a binary file", Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]), /does not look like an email/],
    ["no From", eml(HEADERS.replace(/^From: .*\r\n/, "")), /no sender/],
    ["no Date", eml(HEADERS.replace(/\r\nDate: .*/, "")), /no date/],
    ["a Date that is not one", eml(HEADERS.replace(/Date: .*/, "Date: sometime last week")), /no date/],
  ])("refuses %s with a clear message", async (_name, source, message) => {
    const result = await parseEmail(source);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.message).toMatch(message);
  });

  it("refuses a 20 MB file without reading it", async () => {
    const result = await parseEmail(Buffer.alloc(20 * 1024 * 1024, 0x61));
    expect(result).toEqual({ ok: false, message: `This email is larger than ${MAX_EMAIL_BYTES / 1024 / 1024} MB; Bridges reads messages up to that size.` });
  });

  it("drops NUL and lone surrogates that Postgres would refuse", async () => {
    const result = await parseEmail(eml(HEADERS.replace("Your application", "Your application \ud800"), "o\u0000k"));
    expect(result.ok && [result.email.subject, result.email.text]).toEqual(["Your application \ufffd", "ok\n"]);
  });
});
