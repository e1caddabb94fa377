import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { listApplications } from "@/lib/server/applications/list-applications";
import { listBoard } from "@/lib/server/applications/list-board";
import { getCompany } from "@/lib/server/companies/get-company";
import { listCompanies } from "@/lib/server/companies/list-companies";
import { updateCompany } from "@/lib/server/companies/update-company";
import { listContacts } from "@/lib/server/contacts/list-contacts";
import { searchEverything } from "@/lib/server/search/search-everything";
import { applicationListQuerySchema } from "@/lib/validation/application";
import { companySchema } from "@/lib/validation/company";
import { contactListQuerySchema } from "@/lib/validation/contact";
import { createApplication, createCompany, createContact, createInterview, createUser } from "../factories";
import { db } from "../support/db";

// Every SQL statement the app sends goes through pg's Client#query (the Prisma adapter's pool
// hands out Clients), so counting calls there counts round trips to Postgres.
let statements = 0;
const original = pg.Client.prototype.query;
beforeAll(() => {
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    statements++;
    return (original as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof original;
});
afterAll(() => {
  pg.Client.prototype.query = original;
});

async function countStatements(run: () => Promise<unknown>) {
  statements = 0;
  await run();
  return statements;
}

async function addApplications(userId: string, count: number) {
  const company = await createCompany(db, userId);
  const contact = await createContact(db, userId);
  for (let index = 0; index < count; index++) {
    const application = await createApplication(db, userId, { ...(index % 2 ? { companyId: company.id } : {}), tags: ["bulk", `t${index % 3}`], status: index % 3 ? "applied" : "interviewing" });
    if (index % 4 === 0) await createInterview(db, userId, application.id, { interviewerIds: [contact.id] });
  }
}

describe("query counts stay bounded whatever the number of rows (no N+1)", () => {
  it("for the applications list, the board, the contacts list and search", async () => {
    const user = await createUser(db);
    await addApplications(user.id, 3);
    const list = applicationListQuerySchema.parse({ tag: "bulk", sort: "company" });
    const contacts = contactListQuerySchema.parse({});
    const measure = async () => ({
      list: await countStatements(() => listApplications(user.id, list)),
      board: await countStatements(() => listBoard(user.id)),
      contacts: await countStatements(() => listContacts(user.id, contacts)),
      search: await countStatements(() => searchEverything(user.id, "e")),
    });
    const few = await measure();
    await addApplications(user.id, 60);
    const many = await measure();

    expect(many).toEqual(few);
    expect(few.list).toBeGreaterThan(0); // the counter really sees the queries
    expect(few.list).toBeLessThanOrEqual(4);
    expect(few.board).toBe(1);
    expect((await listApplications(user.id, list)).total).toBe(63);
    const board = await listBoard(user.id);
    expect(board.map((column) => column.total)).toEqual(board.map((column) => column.cards.length));
    expect(board.find((column) => column.status === "interviewing")!.total).toBe(21);
    // Seeding 60 applications one by one is the slow part on a busy machine.
  }, 120_000);
});

describe("search", () => {
  it("finds applications, contacts and companies by a few letters, and only the user's own", async () => {
    const [alice, bob] = [await createUser(db), await createUser(db)];
    const company = await createCompany(db, alice.id, { name: "Zyxwar Robotics" });
    await createApplication(db, alice.id, { companyId: company.id, role: "Firmware lead" });
    await createContact(db, alice.id, { name: "Zyta Queue", companyId: company.id });
    await createApplication(db, bob.id, { role: "Zyxwar impostor" });

    const results = await searchEverything(alice.id, "zy");
    expect(results.applications.map((row) => row.role)).toEqual(["Firmware lead"]);
    expect(results.contacts.map((row) => row.name)).toEqual(["Zyta Queue"]);
    expect(results.companies.map((row) => row.name)).toEqual(["Zyxwar Robotics"]);
    expect(results.companies[0]!._count).toEqual({ applications: 1, contacts: 1 });

    const bobs = await searchEverything(bob.id, "zy");
    expect(bobs.applications.map((row) => row.role)).toEqual(["Zyxwar impostor"]);
    expect([...bobs.contacts, ...bobs.companies].map((row) => row.id)).not.toContain(company.id);
    expect(bobs.contacts).toEqual([]);
    expect(await searchEverything(bob.id, "   ")).toMatchObject({ applications: [], contacts: [], companies: [] });
    expect((await searchEverything(bob.id, "%' OR 1=1 --")).applications).toEqual([]);
  });
});

describe("companies", () => {
  it("are listed with their applications and contacts, and another user's cannot be read or edited", async () => {
    const [alice, bob] = [await createUser(db), await createUser(db)];
    const company = await createCompany(db, alice.id, { name: "Initech" });
    await createApplication(db, alice.id, { companyId: company.id });
    await createContact(db, alice.id, { companyId: company.id });

    expect((await getCompany(alice.id, company.id)).applications).toHaveLength(1);
    expect((await listCompanies(alice.id)).rows.map((row) => row._count)).toEqual([{ applications: 1, contacts: 1 }]);
    expect((await listCompanies(bob.id)).rows).toEqual([]);
    await expect(getCompany(bob.id, company.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateCompany(bob.id, company.id, companySchema.parse({ name: "Hacked" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect((await db.company.findUniqueOrThrow({ where: { id: company.id } })).name).toBe("Initech");
  });

  it("refuses a name already used and bad input on the field", async () => {
    const user = await createUser(db);
    const first = await createCompany(db, user.id, { name: "Hooli" });
    await createCompany(db, user.id, { name: "Globex" });
    await expect(updateCompany(user.id, first.id, companySchema.parse({ name: "Globex" }))).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { name: [expect.any(String)] } });
    const bad = companySchema.safeParse({ name: "", website: "data:text/html,<script>", notes: "x".repeat(10_001) });
    expect(Object.keys(bad.error!.flatten().fieldErrors).sort()).toEqual(["name", "notes", "website"]);
    expect(companySchema.safeParse({ name: "A", userId: "x" }).success).toBe(false);
  });
});
