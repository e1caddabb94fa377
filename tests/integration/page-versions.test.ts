// The user's data version (migration 20261207230000, docs/decisions/0022-page-cache.md): the page
// cache serves a page again only while it has not moved, so it must move on every write a page can
// show, for that user alone, and never go back to a value it had.
import { describe, expect, it } from "vitest";
import { runMailboxPolls } from "@/lib/jobs/poll-mailboxes";
import { createApplication, createCompany, createContact, createFollowUp, createInboxMailbox, createUser } from "../factories";
import { db } from "../support/db";

const versionOf = async (userId: string) => (await db.user.findUniqueOrThrow({ where: { id: userId }, select: { dataVersion: true } })).dataVersion;

/** Runs `write` and answers whether it moved each user's version. */
async function moved(userIds: string[], write: () => Promise<unknown>) {
  const before = await Promise.all(userIds.map(versionOf));
  await write();
  const after = await Promise.all(userIds.map(versionOf));
  return after.map((version, at) => version > before[at]!);
}

describe("the user's data version", () => {
  it("is watched on every table that holds a user's rows (a new table's migration must call bridges_watch_user_rows)", async () => {
    const owned = await db.$queryRaw<{ table: string }[]>`
      SELECT c.table_name::text AS table FROM information_schema.columns c
      JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
      WHERE c.table_schema = current_schema() AND c.column_name = 'userId' ORDER BY 1`;
    const watched = await db.$queryRaw<{ table: string; events: number }[]>`
      SELECT c.relname::text AS table, count(*)::int AS events FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
      WHERE t.tgname IN (c.relname || '_data_version_insert', c.relname || '_data_version_update', c.relname || '_data_version_delete') AND t.tgenabled <> 'D'
      GROUP BY 1`;
    const tables = owned.map(({ table }) => table);
    expect(tables.length).toBeGreaterThan(15);
    expect(tables.map((table) => [table, watched.find((row) => row.table === table)?.events ?? 0])).toEqual(tables.map((table) => [table, 3]));
  });

  it("moves on inserts, updates and deletes of the user's rows, and only for that user", async () => {
    const [alex, sam] = [await createUser(db), await createUser(db)];
    const company = await createCompany(db, alex.id);
    expect(await moved([alex.id, sam.id], () => createApplication(db, alex.id, { companyId: company.id }))).toEqual([true, false]);
    expect(await moved([alex.id, sam.id], () => db.company.update({ where: { id: company.id }, data: { name: "Renamed" } }))).toEqual([true, false]);
    const contact = await createContact(db, alex.id);
    expect(await moved([alex.id, sam.id], () => db.contact.delete({ where: { id: contact.id } }))).toEqual([true, false]);
    expect(await moved([alex.id, sam.id], () => db.user.update({ where: { id: alex.id }, data: { timeZone: "Europe/Paris" } }))).toEqual([true, false]);
    // One statement writing for both users moves both.
    const other = await createCompany(db, sam.id);
    expect(await moved([alex.id, sam.id], () => db.company.updateMany({ where: { id: { in: [company.id, other.id] } }, data: { website: "https://example.org" } }))).toEqual([true, true]);
  });

  it("moves for a user whose id is not an identifier (imported rows keep their ids)", async () => {
    const odd = await createUser(db, { id: `rem-${Date.now()}.with:odd-chars` });
    expect(await moved([odd.id], () => createCompany(db, odd.id))).toEqual([true]);
  });

  it("moves once per transaction, at its commit, and one user's transactions at the same time neither deadlock nor lose a move", async () => {
    const alex = await createUser(db);
    const start = await versionOf(alex.id);
    // Each insert's foreign-key check locks the user's row too (key share): the move must not wait on it.
    await Promise.all(Array.from({ length: 8 }, () => createContact(db, alex.id)));
    expect(await versionOf(alex.id)).toBe(start + 8);

    const company = await createCompany(db, alex.id);
    const beforeTransaction = await versionOf(alex.id);
    await db.$transaction(async (tx) => {
      await tx.contact.createMany({ data: Array.from({ length: 50 }, (_, at) => ({ userId: alex.id, name: `Contact ${at}`, role: "recruiter" as const })) });
      await tx.company.update({ where: { id: company.id }, data: { name: "Renamed" } });
      // Not yet: the move is at commit, with everything else the transaction wrote.
      expect((await tx.user.findUniqueOrThrow({ where: { id: alex.id } })).dataVersion).toBe(beforeTransaction);
      // Noted once however many statements wrote for the user (the list is read at every statement).
      const [row] = await tx.$queryRaw<{ noted: string }[]>`SELECT current_setting('bridges.users_written', true) AS noted`;
      expect(row?.noted).toBe(`{${alex.id}}`);
    });
    expect(await versionOf(alex.id)).toBe(beforeTransaction + 1);
  });

  it("does not move for a write that changes nothing a page shows", async () => {
    const alex = await createUser(db);
    const company = await createCompany(db, alex.id);
    // An UPDATE that sets what was there (Prisma's own updates always set updatedAt: they move it).
    expect(await moved([alex.id], () => db.$executeRaw`UPDATE "Company" SET name = name WHERE id = ${company.id}`)).toEqual([false]);
    // A worker's lease (Prisma sets updatedAt with it).
    const followUp = await createFollowUp(db, alex.id);
    expect(await moved([alex.id], () => db.followUp.update({ where: { id: followUp.id }, data: { leaseUntil: new Date() } }))).toEqual([false]);
    const mailbox = await createInboxMailbox(db, alex.id);
    expect(await moved([alex.id], () => db.inboxMailbox.update({ where: { id: mailbox.id }, data: { idleHolder: "worker-1", idleHeldUntil: new Date() } }))).toEqual([false]);
    // …but the poll's outcome, which Settings shows, does.
    expect(await moved([alex.id], () => runMailboxPolls(db, { userId: alex.id, timeoutMs: 1_000 }))).toEqual([true]);
  });

  it("never goes back to a value it had, even when a write sets it", async () => {
    const alex = await createUser(db);
    await createCompany(db, alex.id);
    const before = await versionOf(alex.id);
    expect(before).toBeGreaterThan(0);
    await db.user.update({ where: { id: alex.id }, data: { dataVersion: 0 } });
    expect(await versionOf(alex.id)).toBe(before + 1);
  });
});
