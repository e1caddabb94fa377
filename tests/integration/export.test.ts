import ICAL from "ical.js";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { exportAllJson } from "@/lib/server/export/export-all-json";
import { exportApplicationsCsv } from "@/lib/server/export/export-applications-csv";
import { exportContactsCsv } from "@/lib/server/export/export-contacts-csv";
import { exportContactsVCard } from "@/lib/server/export/export-contacts-vcard";
import { exportFollowUpsCsv } from "@/lib/server/export/export-follow-ups-csv";
import { exportLettersCsv } from "@/lib/server/export/export-letters-csv";
import { userOwnedModels } from "@/lib/server/export/user-owned-models";
import { createApplication, createCompany, createContact, createFollowUp, createUser } from "../factories";
import { db } from "../support/db";
import { seedEveryOwnedModel } from "./export-seed";

type Export = { format: string; user: Record<string, unknown>; data: Record<string, Record<string, unknown>[]> };

async function exportJson(userId: string): Promise<{ text: string; parsed: Export }> {
  let text = "";
  for await (const chunk of exportAllJson(userId)) text += chunk;
  return { text, parsed: JSON.parse(text) as Export };
}

const csvRows = (csv: string) => Papa.parse<Record<string, string>>(csv.replace(/^\uFEFF/, ""), { header: true, skipEmptyLines: true }).data;

/** Every id-like value in an export: the ids of the rows and the ids they point to. */
function idsIn(data: Export["data"]): string[] {
  return Object.values(data).flatMap((rows) =>
    rows.flatMap((row) => Object.entries(row).filter(([key, value]) => /(^id|Id)$/.test(key) && typeof value === "string").map(([, value]) => value as string)),
  );
}

describe("full JSON export", () => {
  it("contains a row of every user-owned model in the schema", async () => {
    const { user, seededModels } = await seedEveryOwnedModel(db);
    const owned = userOwnedModels().map((model) => model.name);
    // A new model with a userId must get a seeder (and so is proven to be exported).
    expect(seededModels.sort()).toEqual([...owned].sort());

    const { parsed } = await exportJson(user.id);
    expect(parsed.format).toBe("bridges-export");
    expect(Object.keys(parsed.data).sort()).toEqual([...owned].sort());
    for (const name of owned) expect(parsed.data[name], `${name} rows`).not.toHaveLength(0);
    expect(parsed.user).toMatchObject({ id: user.id, email: user.email, timeZone: user.timeZone });
  });

  it("never contains the password hash, the calendar secret, session ids or the sealed mailbox password", async () => {
    const { user } = await seedEveryOwnedModel(db);
    const secrets = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true, calendarToken: true } });
    const session = await db.authSession.findFirstOrThrow({ where: { userId: user.id } });
    const { text, parsed } = await exportJson(user.id);
    expect(text).not.toContain(secrets.passwordHash);
    expect(text).not.toContain(secrets.calendarToken);
    expect(text).not.toContain(session.id);
    expect(text).not.toContain(`seeded-token-hash-${user.id}`);
    const mailbox = await db.inboxMailbox.findFirstOrThrow({ where: { userId: user.id } });
    expect(text).not.toContain(mailbox.passwordSealed);
    expect(parsed.data.InboxMailbox![0]).toMatchObject({ host: "imap.mail.test" });
    expect(parsed.user).not.toHaveProperty("passwordHash");
    expect(parsed.data.AuthSession![0]).toMatchObject({ userAgent: "vitest" });
  });

  it("gives user B none of user A's rows", async () => {
    const [{ user: alice }, { user: bob }] = [await seedEveryOwnedModel(db), await seedEveryOwnedModel(db)];
    const aliceIds = new Set(idsIn((await exportJson(alice.id)).parsed.data));
    const bobExport = await exportJson(bob.id);
    const bobIds = idsIn(bobExport.parsed.data);

    expect(aliceIds.size).toBeGreaterThan(10);
    expect(bobIds.filter((id) => aliceIds.has(id))).toEqual([]);
    expect(bobExport.text).not.toContain(alice.id);
    for (const rows of Object.values(bobExport.parsed.data)) for (const row of rows) expect(row.userId).toBe(bob.id);
  });

  it("pages through a large account without losing or repeating a row", async () => {
    const user = await createUser(db);
    const company = await createCompany(db, user.id);
    await db.activity.createMany({
      data: Array.from({ length: 4500 }, (_, i) => ({ userId: user.id, kind: "note_added" as const, summary: `Activity ${i}` })),
    });
    const { parsed } = await exportJson(user.id);
    const summaries = parsed.data.Activity!.map((row) => row.summary);
    expect(new Set(summaries).size).toBe(4500);
    expect(parsed.data.Company!.map((row) => row.id)).toEqual([company.id]);
  });
});

describe("CSV and vCard exports", () => {
  it("exports the user's applications with formulas neutralised and nobody else's", async () => {
    const [alice, bob] = [await createUser(db), await createUser(db)];
    const company = await createCompany(db, alice.id, { name: "=HYPERLINK(\"http://evil\",\"Acme\")" });
    const mine = await createApplication(db, alice.id, { companyId: company.id, role: "Engineer, Platform", notes: "line one\nline \"two\"", tags: ["remote", "dream"] });
    const theirs = await createApplication(db, bob.id);
    const trashed = await createApplication(db, alice.id, { deletedAt: new Date() });

    const csv = await exportApplicationsCsv(alice.id, { timeZone: "Europe/London" });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\r\n");
    const rows = csvRows(csv);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      Company: "'=HYPERLINK(\"http://evil\",\"Acme\")",
      Role: "Engineer, Platform",
      Notes: "line one\nline \"two\"",
      Tags: "remote, dream",
      "Bridges id": mine.id,
    });
    expect(csv).not.toContain(theirs.id);
    expect(csv).not.toContain(trashed.id);
  });

  it("exports contacts, follow-ups and letters of the user only", async () => {
    const [alice, bob] = [await createUser(db), await createUser(db)];
    const contact = await createContact(db, alice.id, { name: "+Ana Chen", title: "@recruiter" });
    const bobContact = await createContact(db, bob.id);
    await createFollowUp(db, alice.id, { title: "-Check in", contactId: contact.id, dueAt: new Date("2026-12-01T09:30:00Z") });
    await createFollowUp(db, bob.id, { title: "Bob's follow-up" });
    await db.letter.create({ data: { userId: alice.id, kind: "check_in", subject: "=cmd|' /C calc'!A0", body: "Hello" } });
    await db.letter.create({ data: { userId: bob.id, kind: "check_in", subject: "Bob's letter", body: "Hi" } });

    const contacts = csvRows(await exportContactsCsv(alice.id, { timeZone: "UTC" }));
    expect(contacts).toEqual([expect.objectContaining({ Name: "'+Ana Chen", Title: "'@recruiter", Email: contact.email })]);

    const followUps = csvRows(await exportFollowUpsCsv(alice.id, { timeZone: "America/New_York" }));
    expect(followUps).toEqual([expect.objectContaining({ What: "'-Check in", Contact: "'+Ana Chen", "Due at (America/New_York)": "2026-12-01 04:30" })]);

    const letters = csvRows(await exportLettersCsv(alice.id, { timeZone: "UTC" }));
    expect(letters).toEqual([expect.objectContaining({ Subject: "'=cmd|' /C calc'!A0", Status: "draft" })]);

    const vcf = await exportContactsVCard(alice.id);
    const card = new ICAL.Component(ICAL.parse(vcf) as unknown[]);
    expect(vcf.match(/BEGIN:VCARD/g)).toHaveLength(1);
    expect(card.getFirstPropertyValue("uid")).toBe(contact.id);
    expect(card.getFirstPropertyValue("fn")).toBe("+Ana Chen");
    expect(vcf).not.toContain(bobContact.id);
  });
});
