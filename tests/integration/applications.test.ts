import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { listTimeline } from "@/lib/server/activity/list-timeline";
import { changeApplicationStatus } from "@/lib/server/applications/change-application-status";
import { countApplicationsByStatus } from "@/lib/server/applications/count-applications-by-status";
import { createApplication } from "@/lib/server/applications/create-application";
import { deleteApplication } from "@/lib/server/applications/delete-application";
import { getApplication } from "@/lib/server/applications/get-application";
import { listApplications } from "@/lib/server/applications/list-applications";
import { listBoard } from "@/lib/server/applications/list-board";
import { restoreApplication } from "@/lib/server/applications/restore-application";
import { updateApplication } from "@/lib/server/applications/update-application";
import { applicationListQuerySchema, applicationSchema } from "@/lib/validation/application";
import { createApplication as seedApplication, createCompany, createContact, createUser } from "../factories";
import { db } from "../support/db";

const form = (overrides: Record<string, string> = {}) =>
  applicationSchema.parse({ company: "Northwind Labs", role: "Staff Engineer", status: "applied", appliedOn: "2026-11-02", tags: "remote, Dream job", ...overrides });
const query = (raw: Record<string, string> = {}) => applicationListQuerySchema.parse(raw);
const notFound = { code: "NOT_FOUND" } satisfies Partial<AppError>;

describe("creating and editing applications", () => {
  it("creates the company inline, reuses it whatever its case, and writes a timeline entry", async () => {
    const user = await createUser(db);
    const first = await createApplication(user.id, form());
    const second = await createApplication(user.id, form({ company: "NORTHWIND LABS", role: "Platform Engineer" }));
    const rows = await db.application.findMany({ where: { id: { in: [first.id, second.id] } }, select: { companyId: true, tags: true, appliedOn: true } });
    expect(new Set(rows.map((row) => row.companyId)).size).toBe(1);
    expect(await db.company.count({ where: { userId: user.id } })).toBe(1);
    expect(rows[0]!.tags).toEqual(["remote", "dream job"]);
    expect(rows[0]!.appliedOn?.toISOString()).toBe("2026-11-02T00:00:00.000Z");
    const timeline = await listTimeline(user.id, { applicationId: first.id });
    expect(timeline.map((entry) => entry.kind)).toEqual(["created"]);
  });

  it("logs a status change on the timeline, from the form and from the board", async () => {
    const user = await createUser(db);
    const { id } = await createApplication(user.id, form());
    await updateApplication(user.id, id, form({ status: "screening" }));
    await changeApplicationStatus(user.id, id, "interviewing");
    await changeApplicationStatus(user.id, id, "interviewing"); // no change, no entry
    const timeline = await listTimeline(user.id, { applicationId: id });
    expect(timeline.map((entry) => entry.summary)).toEqual([
      "Status changed from Screening to Interviewing",
      "Status changed from Applied to Screening",
      expect.stringMatching(/^Added Staff Engineer at Northwind Labs/),
    ]);
    expect((await getApplication(user.id, id)).status).toBe("interviewing");
  });

  it("soft-deletes and restores", async () => {
    const user = await createUser(db);
    const { id } = await createApplication(user.id, form());
    await deleteApplication(user.id, id);
    await expect(getApplication(user.id, id)).rejects.toMatchObject(notFound);
    expect((await listApplications(user.id, query())).total).toBe(0);
    await restoreApplication(user.id, id);
    expect((await getApplication(user.id, id)).id).toBe(id);
  });

  it("refuses a referrer that is another user's contact, and saves nothing", async () => {
    const [alice, bob] = [await createUser(db), await createUser(db)];
    const alicesContact = await createContact(db, alice.id);
    await expect(createApplication(bob.id, form({ referrerId: alicesContact.id }))).rejects.toMatchObject(notFound);
    expect(await db.application.count({ where: { userId: bob.id } })).toBe(0);
    expect(await db.company.count({ where: { userId: bob.id } })).toBe(0);
  });
});

describe("another user's applications", () => {
  it("cannot be read, edited, moved, deleted or restored, and nothing changes", async () => {
    const [alice, bob] = [await createUser(db), await createUser(db)];
    const { id } = await createApplication(alice.id, form());
    const before = await db.application.findUniqueOrThrow({ where: { id } });

    await expect(getApplication(bob.id, id)).rejects.toMatchObject(notFound);
    await expect(updateApplication(bob.id, id, form({ role: "Hacked" }))).rejects.toMatchObject(notFound);
    await expect(changeApplicationStatus(bob.id, id, "offer")).rejects.toMatchObject(notFound);
    await expect(deleteApplication(bob.id, id)).rejects.toMatchObject(notFound);
    await expect(restoreApplication(bob.id, id)).rejects.toMatchObject(notFound);

    expect(await db.application.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await db.company.count({ where: { userId: bob.id } })).toBe(0);
    expect(await db.activity.count({ where: { userId: bob.id } })).toBe(0);
  });

  it("never appear in the other user's list, board or counts", async () => {
    const [alice, bob] = [await createUser(db), await createUser(db)];
    await createApplication(alice.id, form({ role: "Secret role" }));
    await createApplication(bob.id, form({ role: "Own role" }));
    const list = await listApplications(bob.id, query({ q: "role" }));
    expect(list.rows.map((row) => row.role)).toEqual(["Own role"]);
    const board = await listBoard(bob.id);
    expect(board.flatMap((column) => column.cards).map((card) => card.role)).toEqual(["Own role"]);
    expect(Object.values(await countApplicationsByStatus(bob.id)).reduce((a, b) => a + b)).toBe(1);
  });
});

describe("the applications list", () => {
  it("filters by status, tag and free text (company, role, notes), sorts and paginates", async () => {
    const user = await createUser(db);
    const acme = await createCompany(db, user.id, { name: "Acme Robotics" });
    const globex = await createCompany(db, user.id, { name: "Globex" });
    await seedApplication(db, user.id, { companyId: acme.id, role: "Frontend", status: "offer", tags: ["remote"], appliedOn: new Date("2026-10-01") });
    await seedApplication(db, user.id, { companyId: globex.id, role: "Backend", status: "applied", notes: "Met Ana at the meetup", appliedOn: new Date("2026-10-05") });
    await seedApplication(db, user.id, { companyId: globex.id, role: "Data", status: "applied", tags: ["remote"], appliedOn: new Date("2026-10-03") });

    const roles = async (raw: Record<string, string>) => (await listApplications(user.id, query(raw))).rows.map((row) => row.role);
    expect(await roles({ status: "applied", sort: "appliedOn", dir: "asc" })).toEqual(["Data", "Backend"]);
    expect(await roles({ tag: "remote", sort: "company", dir: "asc" })).toEqual(["Frontend", "Data"]);
    expect(await roles({ q: "acme" })).toEqual(["Frontend"]);
    expect(await roles({ q: "MEETUP" })).toEqual(["Backend"]);
    expect(await roles({ q: "back" })).toEqual(["Backend"]);
    expect(await roles({ q: "'; DROP TABLE \"Application\"; --" })).toEqual([]);
    // % and _ are literal characters in a search, not wildcards.
    await seedApplication(db, user.id, { companyId: acme.id, role: "Growth 100% remote", status: "wishlist", appliedOn: null });
    expect(await roles({ q: "100%" })).toEqual(["Growth 100% remote"]);
    expect(await roles({ q: "%" })).toEqual(["Growth 100% remote"]);
    expect(await roles({ q: "_" })).toEqual([]);
    expect(await roles({ status: "offer", sort: "status", dir: "asc" })).toEqual(["Frontend"]);
    expect(await roles({ sort: "appliedOn", dir: "asc" })).toEqual(["Frontend", "Data", "Backend", "Growth 100% remote"]); // undated last

    const many = await createUser(db);
    const company = await createCompany(db, many.id);
    await db.application.createMany({
      data: Array.from({ length: 30 }, (_, index) => ({ userId: many.id, companyId: company.id, role: `Role ${String(index).padStart(2, "0")}` })),
    });
    const page2 = await listApplications(many.id, query({ page: "2", sort: "company" }));
    expect(page2).toMatchObject({ total: 30, page: 2, pageCount: 2 });
    expect(page2.rows).toHaveLength(5);
  });
});

describe("application form input", () => {
  const errorsOf = (input: Record<string, unknown>) => {
    const result = applicationSchema.safeParse(input);
    return result.success ? {} : result.error.flatten().fieldErrors;
  };

  it.each([
    [{ company: "", role: "", status: "applied" }, ["company", "role"]],
    [{ company: "x".repeat(10_000), role: "y".repeat(10_000), status: "applied" }, ["company", "role"]],
    [{ company: "A", role: "B", status: "hired" }, ["status"]],
    [{ company: "A", role: "B", status: "applied", postingUrl: "javascript:alert(1)" }, ["postingUrl"]],
    [{ company: "A", role: "B", status: "applied", postingUrl: "not a url" }, ["postingUrl"]],
    [{ company: "A", role: "B", status: "applied", appliedOn: "2026-02-30" }, ["appliedOn"]],
    [{ company: "A", role: "B", status: "applied", appliedOn: "yesterday" }, ["appliedOn"]],
    [{ company: "A", role: "B", status: "applied", priority: "9" }, ["priority"]],
    [{ company: "A", role: "B", status: "applied", tags: "x".repeat(60) }, ["tags"]],
    [{ company: "A", role: "B", status: "applied", notes: "n".repeat(10_001) }, ["notes"]],
  ])("puts a message on the field for %#", (input, fields) => {
    const errors = errorsOf(input);
    expect(Object.keys(errors).sort()).toEqual([...fields].sort());
    for (const field of fields) expect((errors as Record<string, string[]>)[field]![0]).toMatch(/\w/);
  });

  it("keeps HTML- and SQL-looking text as plain text", () => {
    const input = form({ role: "<script>alert(1)</script>", company: "Robert'); DROP TABLE students;--" });
    expect(input.role).toBe("<script>alert(1)</script>");
  });

  it("refuses a smuggled userId or id", () => {
    const result = applicationSchema.safeParse({ company: "A", role: "B", status: "applied", userId: "someone-else", id: "x" });
    expect(result.success).toBe(false);
  });
});
