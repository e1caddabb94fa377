import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { escapeVCardText, foldLine, toVCard } from "./vcard";

const parse = (text: string) => new ICAL.Component(ICAL.parse(text) as unknown[]);

describe("toVCard", () => {
  it("writes a vCard 3.0 that an independent parser reads back field by field", () => {
    const card = parse(
      toVCard({
        id: "c1",
        name: "Ana María López",
        email: "ana@example.test",
        phone: "+44 20 7946 0000",
        company: "Acme, Inc.; Europe",
        title: "Head of Talent",
        linkedinUrl: "https://www.linkedin.com/in/ana",
        notes: "Met at the meetup;\nsaid: call back, in spring \\ maybe",
        tags: ["recruiter", "warm, friendly"],
      }),
    );
    expect(card.getFirstPropertyValue("version")).toBe("3.0");
    expect(card.getFirstPropertyValue("fn")).toBe("Ana María López");
    expect(card.getFirstPropertyValue("n")).toEqual(["López", "Ana María", "", "", ""]);
    expect(card.getFirstPropertyValue("email")).toBe("ana@example.test");
    expect(card.getFirstPropertyValue("tel")).toBe("+44 20 7946 0000");
    expect(card.getFirstPropertyValue("title")).toBe("Head of Talent");
    // ical.js reads vCards by 4.0's rules, which leave "\;" in a single text value as written.
    expect(String(card.getFirstPropertyValue("note")).replace(/\\;/g, ";")).toBe("Met at the meetup;\nsaid: call back, in spring \\ maybe");
    expect(card.getFirstPropertyValue("org")).toBe("Acme, Inc.; Europe");
    expect(card.getFirstProperty("categories")!.getValues()).toEqual(["recruiter", "warm, friendly"]);
  });

  it("ends every line with CRLF and folds long lines at 75 octets", () => {
    const text = toVCard({ id: "c2", name: "Long Note", notes: "日本語のメモ ".repeat(30) });
    for (const line of text.split("\r\n")) expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    expect(text).not.toMatch(/[^\r]\n/);
    expect(parse(text).getFirstPropertyValue("note")).toBe("日本語のメモ ".repeat(30));
  });

  it("leaves out fields the contact does not have", () => {
    const text = toVCard({ id: "c3", name: "Solo" });
    expect(text).toBe("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:c3\r\nFN:Solo\r\nN:;Solo;;;\r\nEND:VCARD\r\n");
  });
});

describe("escapeVCardText / foldLine", () => {
  it("escapes the four special characters", () => {
    expect(escapeVCardText("a\\b,c;d\ne")).toBe("a\\\\b\\,c\\;d\\ne");
  });
  it("never splits a multi-byte character", () => {
    const folded = foldLine(`NOTE:${"🌉".repeat(40)}`);
    expect(folded.split("\r\n ").join("")).toBe(`NOTE:${"🌉".repeat(40)}`);
  });
});
