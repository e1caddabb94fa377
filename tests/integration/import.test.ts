import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { exportApplicationsCsv } from "@/lib/server/export/export-applications-csv";
import { exportContactsCsv } from "@/lib/server/export/export-contacts-csv";
import { importRows } from "@/lib/server/import/import-rows";
import { createApplication, createCompany, createContact, createUser } from "../factories";
import { db } from "../support/db";
import { applicationsCsv, importCsv } from "./import-support";

const applicationsOf = (userId: string) =>
  db.application.findMany({ where: { userId }, include: { company: true }, orderBy: [{ role: "asc" }, { appliedOn: "asc" }] });

describe("importing applications", () => {
  it("creates applications with their companies, reusing the user's own company whatever its case", async () => {
    const user = await createUser(db);
    const acme = await createCompany(db, user.id, { name: "Acme" });
    const summary = await importCsv(
      user.id,
      "applications",
      "Company,Job Title,Status,Date Applied,Tags\nACME,Engineer,Phone screen,26 Oct 2026,\"remote, Dream\"\nGlobex,Designer,,2026-10-20,\nglobex,PM,Offer,,\n",
    );
    expect(summary).toEqual({ created: 3, updated: 0, unchanged: 0, skipped: [] });
    const rows = await applicationsOf(user.id);
    expect(rows.map((a) => [a.company.name, a.role, a.status, a.appliedOn?.toISOString().slice(0, 10) ?? null, a.tags])).toEqual([
      ["Globex", "Designer", "applied", "2026-10-20", []],
      ["Acme", "Engineer", "screening", "2026-10-26", ["remote", "dream"]],
      ["Globex", "PM", "offer", null, []],
    ]);
    expect(rows[1]!.companyId).toBe(acme.id);
    expect(await db.company.count({ where: { userId: user.id } })).toBe(2);
    // Timestamps are UTC like Prisma's own, whatever the database session's time zone.
    expect(Math.abs(rows[0]!.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it("creates no duplicates when the same file is imported again, and updates what changed", async () => {
    const user = await createUser(db);
    const file = applicationsCsv(50, { companies: 7 });
    expect(await importCsv(user.id, "applications", file)).toMatchObject({ created: 50, updated: 0, unchanged: 0 });
    expect(await importCsv(user.id, "applications", file)).toEqual({ created: 0, updated: 0, unchanged: 50, skipped: [] });

    const changed = file.replace("Co 0,Engineer 0,Applied,", "co 0,ENGINEER 0,Withdrawn,");
    expect(await importCsv(user.id, "applications", changed)).toEqual({ created: 0, updated: 1, unchanged: 49, skipped: [] });
    const rows = await applicationsOf(user.id);
    expect(rows).toHaveLength(50);
    const first = rows.find((a) => a.role === "Engineer 0")!;
    expect(first).toMatchObject({ status: "withdrawn", notes: "Row 0, with a comma", salaryRange: "€60k" });
    expect(await db.company.count({ where: { userId: user.id } })).toBe(7);
  });

  it("keeps stored values for cells the file leaves blank", async () => {
    const user = await createUser(db);
    const company = await createCompany(db, user.id, { name: "Initech" });
    const existing = await createApplication(db, user.id, { companyId: company.id, role: "SRE", appliedOn: new Date("2026-10-01"), notes: "Keep me", location: "Berlin" });
    const summary = await importCsv(user.id, "applications", "Company,Role,Applied on,Notes,Location,Priority\nInitech,SRE,2026-10-01,,Paris,high\n");
    expect(summary).toMatchObject({ updated: 1, created: 0 });
    const after = await db.application.findUniqueOrThrow({ where: { id: existing.id } });
    expect(after).toMatchObject({ notes: "Keep me", location: "Paris", priority: 1, status: existing.status });
  });

  it("reports a row repeated within the file instead of importing it twice", async () => {
    const user = await createUser(db);
    const summary = await importCsv(user.id, "applications", "Company,Role,Applied on\nAcme,Engineer,2026-10-01\nacme,engineer,2026-10-01\nAcme,Engineer,2026-10-02\n");
    expect(summary).toEqual({ created: 2, updated: 0, unchanged: 0, skipped: [{ row: 3, reason: "Same company, role and applied date as row 2" }] });
  });

  it("imports 10,000 rows with 3 bad ones, reporting each bad row and importing nothing of it", async () => {
    const user = await createUser(db);
    const lines = applicationsCsv(10_000).split("\r\n");
    // Spreadsheet rows 101, 5001 and 9999 (the header is row 1).
    lines[100] = "Bad Co One,,Applied,2026-10-01,,,,";
    lines[5000] = "Bad Co Two,Engineer,Applied,31/02/2026,,,,";
    lines[9998] = "Bad Co Three,Engineer,Maybe,2026-10-01,javascript:alert(1),,,";
    const summary = await importCsv(user.id, "applications", lines.join("\r\n"));
    expect(summary.created).toBe(9997);
    expect(summary.skipped).toEqual([
      { row: 101, reason: "Role: required, but the cell is empty" },
      { row: 5001, reason: "Applied on: Enter a real date like 2026-11-26" },
      { row: 9999, reason: expect.stringMatching(/^Status: use one of: .*; Posting URL: Enter a web address/) },
    ]);
    expect(await db.application.count({ where: { userId: user.id } })).toBe(9997);
    expect(await db.company.count({ where: { userId: user.id, name: { startsWith: "Bad Co" } } })).toBe(0);
  }, 120_000);

  it("reads the dates people export, as the browser's locale reads slashed ones, and completes scheme-less URLs", async () => {
    const file = [
      "Company,Role,Applied on,Decision date,Link",
      "Vandelay Industries,Importer,11/18/2026,03/04/2027,vandelay.example/careers/pd",
      "Globex,Engineer,18.11.2026,45000,https://globex.example/jobs/1",
      "Initech,Analyst,\"Nov 18, 2026\",,//initech.example/jobs/2",
      "Hooli,Designer,18 Nov 2026,46344,",
      "Acme,Bad date,31/31/2026,,",
    ].join("\n");
    const dates = async (locale: string) => {
      const user = await createUser(db);
      const summary = await importCsv(user.id, "applications", file, { locale });
      const rows = await applicationsOf(user.id);
      const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
      return { summary, rows: rows.map((a) => [a.company.name, day(a.appliedOn), day(a.decisionExpectedOn), a.postingUrl]) };
    };
    const american = await dates("en-US");
    expect(american.summary).toEqual({ created: 4, updated: 0, unchanged: 0, skipped: [{ row: 6, reason: "Applied on: Enter a real date like 2026-11-26" }] });
    expect(american.rows).toEqual([
      ["Initech", "2026-11-18", null, "https://initech.example/jobs/2"],
      ["Hooli", "2026-11-18", "2026-11-18", null],
      ["Globex", "2026-11-18", "2023-03-15", "https://globex.example/jobs/1"],
      ["Vandelay Industries", "2026-11-18", "2027-03-04", "https://vandelay.example/careers/pd"],
    ]);
    // In Britain 03/04 is the 3rd of April; 11/18 can still only be 18 November.
    const british = await dates("en-GB");
    expect(british.rows.find((row) => row[0] === "Vandelay Industries")).toEqual(["Vandelay Industries", "2026-11-18", "2027-04-03", "https://vandelay.example/careers/pd"]);
  });

  it("refuses a file without the required columns, and saves nothing", async () => {
    const user = await createUser(db);
    await expect(importCsv(user.id, "applications", "Name,Email\nAna,ana@example.test\n")).rejects.toThrow(/Company and the Role/);
    await expect(importRows(user.id, { kind: "applications", mapping: { company: 0, role: null }, rows: [["Acme"]], firstRowNumber: 2 })).rejects.toBeInstanceOf(AppError);
    expect(await db.application.count({ where: { userId: user.id } })).toBe(0);
  });

  it("reads a Windows-1252 file (what Excel saves as CSV) without mangling accents", async () => {
    const user = await createUser(db);
    const latin1 = Uint8Array.from(Buffer.from("Company,Role\nSociété Générale,Développeur\n", "latin1"));
    expect(await importCsv(user.id, "applications", latin1)).toMatchObject({ created: 1 });
    expect((await applicationsOf(user.id))[0]).toMatchObject({ role: "Développeur", company: { name: "Société Générale" } });
  });

  it("works only in the importing user's data: another user's same-named company and application are untouched", async () => {
    const [alice, bob] = [await createUser(db), await createUser(db)];
    const aliceCompany = await createCompany(db, alice.id, { name: "Shared Name Ltd" });
    const aliceApp = await createApplication(db, alice.id, { companyId: aliceCompany.id, role: "Engineer", appliedOn: new Date("2026-10-01"), notes: "Alice's" });
    const summary = await importCsv(bob.id, "applications", "Company,Role,Applied on,Notes\nShared Name Ltd,Engineer,2026-10-01,Bob's\n");
    expect(summary).toMatchObject({ created: 1, updated: 0 });
    const [bobApp] = await applicationsOf(bob.id);
    expect(bobApp!.companyId).not.toBe(aliceCompany.id);
    expect(bobApp!.company.userId).toBe(bob.id);
    expect(await db.application.findUniqueOrThrow({ where: { id: aliceApp.id } })).toMatchObject({ notes: "Alice's", userId: alice.id });
  });
});

describe("importing contacts", () => {
  const LINKEDIN = `Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ana,López,https://www.linkedin.com/in/ana,ana@example.test,Acme Robotics,Head of Talent,12 Mar 2024
Ben,Okafor,https://www.linkedin.com/in/ben,,Globex,Engineer,03 Jan 2023
Bad,Url,ftp://nope,,,,01 Jan 2023
`;

  it("imports LinkedIn connections, then matches them by e-mail, else by name, on re-import", async () => {
    const user = await createUser(db);
    const existing = await createContact(db, user.id, { name: "Ben Okafor", email: null, phone: "+44 1234 567" });
    const first = await importCsv(user.id, "contacts", LINKEDIN);
    expect(first).toEqual({ created: 1, updated: 1, unchanged: 0, skipped: [{ row: 7, reason: "LinkedIn URL: Enter a web address starting with https://" }] });
    const ana = await db.contact.findFirstOrThrow({ where: { userId: user.id, email: "ana@example.test" }, include: { company: true } });
    expect(ana).toMatchObject({ name: "Ana López", title: "Head of Talent", role: "recruiter", howMet: "Connected on LinkedIn on 2024-03-12", company: { name: "Acme Robotics" } });
    expect(await db.contact.findUniqueOrThrow({ where: { id: existing.id } })).toMatchObject({ phone: "+44 1234 567", title: "Engineer" });

    expect(await importCsv(user.id, "contacts", LINKEDIN)).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await db.contact.count({ where: { userId: user.id } })).toBe(2);
  });

  it("gives LinkedIn connections the role their position suggests, never overriding a role the user chose", async () => {
    const user = await createUser(db);
    const stillOther = await createContact(db, user.id, { name: "Omar Other", email: "omar@example.test", role: "other" });
    const chosen = await createContact(db, user.id, { name: "Pia Peer", email: "pia@example.test", role: "peer" });
    const file = [
      "First Name,Last Name,URL,Email Address,Company,Position,Connected On",
      "Rita,Ruiz,linkedin.com/in/rita,rita@example.test,Acme,Senior Technical Recruiter,18 Nov 2026",
      "Sam,Sourcer,www.linkedin.com/in/sam,,Acme,Sourcer,18 Nov 2026",
      "Mo,Manager,,,Globex,Engineering Manager,18 Nov 2026",
      "Dee,Director,,,Globex,Director of Platform,18 Nov 2026",
      "Eve,Engineer,,,Globex,Software Engineer,18 Nov 2026",
      "Omar,Other,,omar@example.test,Initech,Talent Partner,18 Nov 2026",
      "Pia,Peer,,pia@example.test,Initech,Head of Engineering,18 Nov 2026",
    ].join("\n");
    expect(await importCsv(user.id, "contacts", file)).toMatchObject({ created: 5, updated: 2, skipped: [] });
    const roles = Object.fromEntries((await db.contact.findMany({ where: { userId: user.id } })).map((contact) => [contact.name, contact.role]));
    expect(roles).toEqual({
      "Rita Ruiz": "recruiter",
      "Sam Sourcer": "recruiter",
      "Mo Manager": "hiring_manager",
      "Dee Director": "hiring_manager",
      "Eve Engineer": "other",
      "Omar Other": "recruiter",
      "Pia Peer": "peer",
    });
    expect(await db.contact.findUniqueOrThrow({ where: { id: chosen.id } })).toMatchObject({ role: "peer", title: "Head of Engineering" });
    expect(await db.contact.findUniqueOrThrow({ where: { id: stillOther.id } })).toMatchObject({ role: "recruiter" });
    // A URL without its scheme is completed rather than refused.
    expect(await db.contact.findFirstOrThrow({ where: { userId: user.id, name: "Rita Ruiz" } })).toMatchObject({ linkedinUrl: "https://linkedin.com/in/rita" });
  });

  it("does not merge two people who share a name but not an e-mail", async () => {
    const user = await createUser(db);
    await createContact(db, user.id, { name: "Sam Lee", email: "sam.one@example.test" });
    const summary = await importCsv(user.id, "contacts", "Name,Email\nSam Lee,sam.two@example.test\n");
    expect(summary).toMatchObject({ created: 1 });
    expect(await db.contact.count({ where: { userId: user.id, name: "Sam Lee" } })).toBe(2);
  });

  it("sets a keep-in-touch clock only when the file gives a cadence", async () => {
    const user = await createUser(db);
    await importCsv(user.id, "contacts", "Name,Role,Keep in touch every (days)\nRita,Recruiter,30\nTom,peer,\n");
    const [rita, tom] = await db.contact.findMany({ where: { userId: user.id }, orderBy: { name: "asc" } });
    expect(rita).toMatchObject({ role: "recruiter", keepInTouchDays: 30 });
    expect(rita!.nextTouchAt!.getTime()).toBeGreaterThan(Date.now() + 29 * 24 * 3600 * 1000);
    expect(tom).toMatchObject({ role: "peer", keepInTouchDays: null, nextTouchAt: null });
  });
});

describe("round trip", () => {
  it("export → import into a fresh account gives the same applications and contacts", async () => {
    const [source, target] = [await createUser(db), await createUser(db)];
    const acme = await createCompany(db, source.id, { name: "=Acme, Inc." });
    await createApplication(db, source.id, {
      companyId: acme.id,
      role: "Staff Engineer; Platform",
      status: "interviewing",
      appliedOn: new Date("2026-09-30"),
      decisionExpectedOn: new Date("2026-12-15"),
      postingUrl: "https://jobs.example.com/acme?id=1&ref=x",
      location: "Zürich",
      workMode: "hybrid",
      salaryRange: "-CHF 150k",
      source: "@referral",
      priority: 1,
      tags: ["dream", "remote"],
      notes: "Line one\nLine \"two\", with commas\n+ a bullet",
    });
    await createApplication(db, source.id, { appliedOn: null, notes: null, postingUrl: null, source: null, status: "wishlist", priority: 3 });
    await createContact(db, source.id, {
      name: "Chloé Dubois",
      phone: "+33 1 23 45 67 89",
      linkedinUrl: "https://www.linkedin.com/in/chloe",
      title: "Recruiter",
      companyId: acme.id,
      role: "recruiter",
      howMet: "Meetup",
      notes: "=not a formula",
      tags: ["warm"],
      keepInTouchDays: 45,
    });
    await createContact(db, source.id, { name: "No Email Person", email: null });

    const applicationsFile = await exportApplicationsCsv(source.id, { timeZone: "UTC" });
    const contactsFile = await exportContactsCsv(source.id, { timeZone: "UTC" });
    expect(await importCsv(target.id, "applications", applicationsFile)).toMatchObject({ created: 2, skipped: [] });
    expect(await importCsv(target.id, "contacts", contactsFile)).toMatchObject({ created: 2, skipped: [] });

    const comparableApplications = async (userId: string) =>
      (await applicationsOf(userId)).map((a) => ({
        company: a.company.name, role: a.role, status: a.status, appliedOn: a.appliedOn, decisionExpectedOn: a.decisionExpectedOn,
        postingUrl: a.postingUrl, location: a.location, workMode: a.workMode, salaryRange: a.salaryRange, source: a.source,
        priority: a.priority, tags: a.tags, notes: a.notes, deletedAt: a.deletedAt, referrerId: a.referrerId,
      }));
    expect(await comparableApplications(target.id)).toEqual(await comparableApplications(source.id));

    const comparableContacts = async (userId: string) =>
      (
        await db.contact.findMany({ where: { userId }, include: { company: true }, orderBy: { name: "asc" } })
      ).map(({ name, email, phone, linkedinUrl, title, role, howMet, notes, tags, keepInTouchDays, company }) => ({
        name, email, phone, linkedinUrl, title, role, howMet, notes, tags, keepInTouchDays, company: company?.name ?? null,
      }));
    expect(await comparableContacts(target.id)).toEqual(await comparableContacts(source.id));

    // And exporting the copy gives the same file, but for ids and creation times.
    const strip = (csv: string) =>
      Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true }).data.map((row) => {
        for (const column of ["Bridges id", "Created at", "Last activity"]) delete row[column];
        return row;
      });
    expect(strip(await exportApplicationsCsv(target.id, { timeZone: "UTC" }))).toEqual(strip(applicationsFile));
  });
});

describe("importing text Postgres cannot store as sent", () => {
  it("imports a lone surrogate (half an emoji) as U+FFFD and a NUL as nothing, instead of failing", async () => {
    const user = await createUser(db);
    const summary = await importRows(user.id, {
      kind: "contacts",
      mapping: { name: 0, notes: 1, company: 2 },
      rows: [["Ada \uD800", "split \uDE00 emoji\u0000", "Lone\uD83D Corp"]],
      firstRowNumber: 2,
    });
    expect(summary).toMatchObject({ created: 1, skipped: [] });
    const contact = await db.contact.findFirstOrThrow({ where: { userId: user.id }, include: { company: true } });
    expect([contact.name, contact.notes, contact.company?.name]).toEqual(["Ada \uFFFD", "split \uFFFD emoji", "Lone\uFFFD Corp"]);
  });
});
