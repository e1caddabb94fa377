import { simpleParser } from "mailparser";
import { describe, expect, it } from "vitest";
import { composeRaw } from "./mime";

const base = {
  from: "Bridges <bridges@localhost>",
  to: "ada@example.test",
  subject: "Reminder: Thank Greta & ask about Q1",
  text: "Thank Greta & ask about Q1\nDue Mon 3 May, 09:00 (Europe/London)\nWith Greta <Eriksen>\n\nOpen it in Bridges: http://bridges.test/follow-ups#follow-up-c1\n",
  html: '<p><strong>Thank Greta &amp; ask about Q1</strong></p>\n<p><a href="http://bridges.test/follow-ups#follow-up-c1">Open it in Bridges</a></p>',
  messageId: "<reminder.c1.1700000000000@bridges.test>",
};

async function parse(parts: Parameters<typeof composeRaw>[0]) {
  const composed = composeRaw(parts);
  expect(composed).not.toBeNull();
  for (const line of composed!.raw.split("\r\n")) expect(line.length).toBeLessThanOrEqual(998);
  expect(composed!.raw).not.toMatch(/[^\r]\n/);
  return { envelope: composed!.envelope, mail: await simpleParser(composed!.raw) };
}

describe("a reminder composed as one string", () => {
  it("reads back as the same headers, text and HTML", async () => {
    const { envelope, mail } = await parse(base);
    expect(envelope).toEqual({ from: "bridges@localhost", to: ["ada@example.test"] });
    expect(mail.from?.value).toEqual([{ name: "Bridges", address: "bridges@localhost" }]);
    expect(mail.to && !Array.isArray(mail.to) && mail.to.text).toBe("ada@example.test");
    expect(mail.subject).toBe(base.subject);
    expect(mail.messageId).toBe(base.messageId);
    expect(mail.text).toBe(base.text);
    expect(mail.html).toBe(base.html);
  });

  it("encodes non-ASCII subjects, names and bodies, long lines and lone dots", async () => {
    const text = `Réunion à 10h — café ☕\n.\n..\n${"x".repeat(1500)}\n`;
    const subject = `Reminder: Réunion à 10h — café ☕ ${"and more words ".repeat(12).trim()}`;
    const { mail } = await parse({ ...base, from: '"Bridges, the app" <bridges@example.com>', to: "Zoë <zoe@example.test>", replyTo: "Brïdges <reply@example.com>", subject, text, html: "<p>Réunion ☕</p>" });
    expect(mail.from?.value).toEqual([{ name: "Bridges, the app", address: "bridges@example.com" }]);
    expect(mail.to && !Array.isArray(mail.to) && mail.to.value).toEqual([{ name: "Zoë", address: "zoe@example.test" }]);
    expect(mail.replyTo?.value).toEqual([{ name: "Brïdges", address: "reply@example.com" }]);
    expect(mail.subject).toBe(subject);
    expect(mail.text).toBe(text);
    expect(mail.html).toBe("<p>Réunion ☕</p>");
  });

  it("leaves anything unusual to nodemailer", () => {
    expect(composeRaw({ ...base, to: "zoë@exämple.test" })).toBeNull();
    expect(composeRaw({ ...base, to: "a@example.test, b@example.test" })).toBeNull();
    expect(composeRaw({ ...base, subject: "Two\r\nlines" })).toBeNull();
    expect(composeRaw({ ...base, replyTo: "" })).not.toBeNull();
  });
});
