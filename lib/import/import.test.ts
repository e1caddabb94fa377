import { describe, expect, it } from "vitest";
import { parseCsv } from "../csv/read-csv";
import { ACTION_BODY_LIMIT_BYTES } from "../actions/body-limit";
import { normaliseDate, normaliseStatus, roleFromTitle, slashedDateOrder } from "./cells";
import { chunkRows } from "./chunk-rows";
import { missingRequiredFields } from "./fields";
import { detectPreset, findHeaderRow, guessMapping, normaliseHeader, presetMapping } from "./guess-mapping";
import { mapRow } from "./map-row";

const LINKEDIN_CSV = `Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ana,López,https://www.linkedin.com/in/ana-lopez,ana@example.test,Acme Robotics,Head of Talent,12 Mar 2024
Ben,Okafor,https://www.linkedin.com/in/ben,,"Globex, Inc.",Engineer,03 Jan 2023
`;

describe("guessMapping", () => {
  it("recognises common spreadsheet headers whatever their case and punctuation", () => {
    const headers = ["Company Name", "Job Title", "Date Applied", "STATUS", "Link", "Salary", "Comments", "Unrelated"];
    expect(guessMapping("applications", headers)).toMatchObject({
      company: 0,
      role: 1,
      appliedOn: 2,
      status: 3,
      postingUrl: 4,
      salaryRange: 5,
      notes: 6,
      location: null,
      tags: null,
    });
  });

  it("gives a column to one field only, preferring the field's best alias", () => {
    const mapping = guessMapping("contacts", ["Title", "Name", "Position"]);
    expect(mapping).toMatchObject({ name: 1, title: 0 });
    expect(Object.values(mapping).filter((index) => index === 0)).toHaveLength(1);
  });

  it("maps Bridges' own export headers back to the same fields", () => {
    const exported = ["Company", "Role", "Status", "Applied on", "Posting URL", "Location", "Work mode", "Salary range", "Source", "Decision expected on", "Priority", "Tags", "Notes", "Referrer", "Last activity", "Created at", "Bridges id"];
    const mapping = guessMapping("applications", exported);
    for (const key of ["company", "role", "status", "appliedOn", "postingUrl", "location", "workMode", "salaryRange", "source", "decisionExpectedOn", "priority", "tags", "notes"]) {
      expect(mapping[key], key).not.toBeNull();
    }
  });

  it("normalises accents and punctuation in headers", () => {
    expect(normaliseHeader(" E-mail Adresse ")).toBe("emailadresse");
    expect(normaliseHeader("Société")).toBe("societe");
  });
});

describe("LinkedIn connections", () => {
  const { rows } = parseCsv(LINKEDIN_CSV);

  it("finds the header below LinkedIn's notes and recognises the preset", () => {
    const headerRow = findHeaderRow("contacts", rows);
    expect(rows[headerRow]![0]).toBe("First Name");
    expect(detectPreset(rows[headerRow]!)).toBe("linkedin");
    expect(detectPreset(["Name", "Email"])).toBe("generic");
  });

  it("maps a connection to a contact", () => {
    const headerRow = findHeaderRow("contacts", rows);
    const mapping = presetMapping("linkedin", "contacts", rows[headerRow]!);
    expect(missingRequiredFields("contacts", mapping)).toBeNull();
    expect(mapRow("contacts", mapping, rows[headerRow + 1]!)).toEqual({
      ok: true,
      value: expect.objectContaining({
        name: "Ana López",
        email: "ana@example.test",
        linkedinUrl: "https://www.linkedin.com/in/ana-lopez",
        company: "Acme Robotics",
        title: "Head of Talent",
        howMet: "Connected on LinkedIn on 2024-03-12",
        role: null,
      }),
    });
    expect(mapRow("contacts", mapping, rows[headerRow + 2]!)).toMatchObject({ ok: true, value: { name: "Ben Okafor", email: null, company: "Globex, Inc." } });
  });
});

describe("mapRow for applications", () => {
  const headers = ["Company", "Role", "Status", "Applied on", "Posting URL", "Priority", "Tags", "Work mode"];
  const mapping = guessMapping("applications", headers);

  it("reads lenient values into typed ones", () => {
    const result = mapRow("applications", mapping, ["'=Acme", " Engineer ", "Phone screen", "26 Nov 2026", "https://jobs.example/1", "High", "Remote, dream", "WFH"]);
    expect(result).toEqual({
      ok: true,
      value: expect.objectContaining({
        company: "=Acme",
        role: "Engineer",
        status: "screening",
        appliedOn: new Date(Date.UTC(2026, 10, 26)),
        postingUrl: "https://jobs.example/1",
        priority: 1,
        tags: ["remote", "dream"],
        workMode: "remote",
      }),
    });
  });

  it("leaves blank optional cells as not given (null), so an update keeps what is there", () => {
    const result = mapRow("applications", mapping, ["Acme", "Engineer", "", "", "", "", "", ""]);
    expect(result).toMatchObject({ ok: true, value: { status: null, appliedOn: null, priority: null, tags: [], workMode: null } });
  });

  it("names every problem with its column", () => {
    const result = mapRow("applications", mapping, ["", "Engineer", "Maybe", "03/04/2026", "javascript:alert(1)", "9", "", "Moon"]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      "Company: required, but the cell is empty",
      expect.stringMatching(/^Status: use one of: wishlist, applied/),
      "Applied on: Enter a real date like 2026-11-26",
      "Posting URL: Enter a web address starting with https://",
      "Work mode: use on site, hybrid or remote",
      "Priority: use 1, 2 or 3 (high, normal, low)",
    ]);
  });

  it("refuses a cell that is too long", () => {
    const result = mapRow("applications", mapping, ["Acme", "x".repeat(201)]);
    expect(result).toEqual({ ok: false, errors: ["Role: Use at most 200 characters"] });
  });
});

describe("cell readers", () => {
  it.each([
    ["2026-11-26", "2026-11-26"],
    ["2026/1/5", "2026-01-05"],
    ["2026-11-26T09:00:00Z", "2026-11-26"],
    ["26 Nov 2026", "2026-11-26"],
    ["3 September 2025", "2025-09-03"],
    ["Nov 26, 2026", "2026-11-26"],
    ["26.11.2026", "2026-11-26"],
    ["18.11.26", "2026-11-18"],
    ["Nov 18, 2026", "2026-11-18"],
    ["November 18 2026", "2026-11-18"],
    ["Sept. 3, 2025", "2025-09-03"],
    ["18 Nov 2026", "2026-11-18"],
    ["18-Nov-26", "2026-11-18"],
    ["46344", "2026-11-18"],
    ["46344.375", "2026-11-18"],
    // Without a locale, a slashed date is read only when it can be read one way.
    ["11/26/2026", "2026-11-26"],
    ["26/11/2026", "2026-11-26"],
    ["7/7/2026", "2026-07-07"],
    ["03/04/2026", "03/04/2026"],
    // Not dates: left for the schema to refuse.
    ["31/02/2026", "31/02/2026"],
    ["30.02.2026", "30.02.2026"],
    ["Nov 31, 2026", "Nov 31, 2026"],
    ["12345", "12345"],
    ["soon", "soon"],
  ])("reads the date %j as %j", (input, expected) => {
    expect(normaliseDate(input)).toBe(expected);
  });

  it("reads slashed dates as the browser's locale does, falling back to the only reading that is a date", () => {
    expect(slashedDateOrder("en-US")).toBe("month-first");
    expect(slashedDateOrder("en-GB")).toBe("day-first");
    expect(slashedDateOrder("de-DE")).toBe("day-first");
    expect(slashedDateOrder("ja-JP")).toBeNull();
    expect(slashedDateOrder("not a locale!")).toBeNull();
    expect(normaliseDate("03/04/2026", "month-first")).toBe("2026-03-04");
    expect(normaliseDate("03/04/2026", "day-first")).toBe("2026-04-03");
    expect(normaliseDate("11/18/2026", "day-first")).toBe("2026-11-18");
    expect(normaliseDate("18/11/2026", "month-first")).toBe("2026-11-18");
    expect(normaliseDate("11/18/26", "month-first")).toBe("2026-11-18");
  });

  it("suggests a contact's role from a LinkedIn position", () => {
    for (const title of ["Technical Recruiter", "Head of Talent", "Talent Acquisition Manager", "Sourcer", "Senior Sourcing Partner", "HR Business Partner"]) {
      expect(roleFromTitle(title), title).toBe("recruiter");
    }
    for (const title of ["Engineering Manager", "Head of Platform", "Director of Engineering", "VP Engineering", "CTO"]) {
      expect(roleFromTitle(title), title).toBe("hiring_manager");
    }
    for (const title of ["Senior Engineer", "Product Manager", "Project Manager", "Designer", "", null]) {
      expect(roleFromTitle(title), String(title)).toBeNull();
    }
  });

  it("reads status synonyms", () => {
    expect(normaliseStatus("Interview")).toBe("interviewing");
    expect(normaliseStatus("No response")).toBe("ghosted");
    expect(normaliseStatus("REJECTED")).toBe("rejected");
    expect(normaliseStatus("Pending?")).toBe("Pending?");
  });
});

describe("missingRequiredFields", () => {
  it("asks for the company and role of applications", () => {
    expect(missingRequiredFields("applications", { company: null, role: null })).toBe("Choose the column that holds the Company and the Role.");
    expect(missingRequiredFields("applications", { company: 0, role: 1 })).toBeNull();
  });
  it("accepts a name from first and last name columns", () => {
    expect(missingRequiredFields("contacts", { firstName: 0 })).toBeNull();
    expect(missingRequiredFields("contacts", { email: 0 })).toMatch(/Name/);
  });
});

describe("chunkRows", () => {
  const rows = [["h"], ["a"], ["b"], ["c"], ["d"], ["e"]];
  it("splits the rows after the header by count, keeping spreadsheet row numbers", () => {
    expect(chunkRows(rows, 0, 2)).toEqual([
      { rows: [["a"], ["b"]], firstRowNumber: 2 },
      { rows: [["c"], ["d"]], firstRowNumber: 4 },
      { rows: [["e"]], firstRowNumber: 6 },
    ]);
  });
  it("splits by size too, never leaving a chunk empty", () => {
    const big = [["h"], ["x".repeat(100)], ["y".repeat(100)]];
    expect(chunkRows(big, 0, 100, 50).map((chunk) => chunk.rows.length)).toEqual([1, 1]);
  });
  it("measures rows as sent (JSON-escaped), so control characters cannot push a chunk over the body limit", () => {
    // 0.9 MB of vertical tabs: 0.9 MB as text, 5.4 MB as JSON (each one is "\\u000b").
    const tabs = [["h"], ...Array.from({ length: 900 }, () => Array.from({ length: 10 }, () => "\u000b".repeat(100)))];
    const chunks = chunkRows(tabs, 0);
    expect(chunks.length).toBeGreaterThan(5);
    for (const chunk of chunks) {
      const body = new TextEncoder().encode(JSON.stringify([{ kind: "contacts", mapping: { name: 0 }, ...chunk }])).length;
      expect(body).toBeLessThan(ACTION_BODY_LIMIT_BYTES);
    }
    expect(chunks.flatMap((chunk) => chunk.rows)).toHaveLength(900);
  });
  it("has nothing to send for a header alone", () => {
    expect(chunkRows([["h"]], 0)).toEqual([]);
  });
});
