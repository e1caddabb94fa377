// `npm run backup` / `npm run restore` (scripts/lib/backup.ts): a database seeded with a row of
// every model, backed up and restored into a fresh database, comes back row for row.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type Db } from "@/lib/db";
import { backupDatabase, BackupError, restoreDatabase, tablesInDependencyOrder } from "@/scripts/lib/backup";
import { migrateDeploy } from "@/scripts/lib/run";
import { seedEveryOwnedModel } from "./export-seed";

const suffix = randomBytes(4).toString("hex");
const databases = { source: `bridges_backup_src_${suffix}`, target: `bridges_backup_dst_${suffix}` };
const urlOf = (database: string) => {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
};
const admin = new pg.Client({ connectionString: process.env.DATABASE_URL });
const folder = mkdtempSync(path.join(os.tmpdir(), "bridges-backup-"));
const backupFile = path.join(folder, "backup.gz");
let source: Db;
// The target was migrated by the first restore; the later ones need not wait for Prisma's CLI again.
const alreadyMigrated = async () => {};

/**
 * Every table's rows as sorted JSON lines: the whole content of a database, comparable — less
 * User.dataVersion, which a restore moves on (its triggers fire with the COPY, ADR 0022), so that
 * no page kept before a restore is served after it.
 */
async function contentOf(url: string): Promise<Record<string, string[]>> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const content: Record<string, string[]> = {};
    for (const { name } of await tablesInDependencyOrder(client)) {
      const { rows } = await client.query<{ row: string }>(`SELECT (to_jsonb(t) - 'dataVersion')::text AS row FROM "${name}" t`);
      content[name] = rows.map((row) => row.row).sort();
    }
    return content;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  await admin.connect();
  for (const database of Object.values(databases)) await admin.query(`CREATE DATABASE "${database}"`);
  await migrateDeploy(urlOf(databases.source));
  source = createPrismaClient(urlOf(databases.source));
  await seedEveryOwnedModel(source);
  await seedEveryOwnedModel(source);
  // Rows outside any account, with auto-increment ids, and text COPY must escape.
  await source.loginAttempt.createMany({ data: [{ email: "a@example.test", ip: "10.0.0.1", success: false }, { email: "b@example.test", ip: "::1", success: true }] });
  const user = await source.user.findFirstOrThrow();
  await source.note.create({ data: { userId: user.id, body: "Tabs\tnew\nlines\r\\back\\slashes\\.\n\\.\nand ünïcödé ✓" } });
}, 120_000);

afterAll(async () => {
  await source?.$disconnect();
  for (const database of Object.values(databases)) await admin.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
  await admin.end();
  rmSync(folder, { recursive: true, force: true });
});

describe("backup and restore", () => {
  it("restores every row of every table into a fresh database", async () => {
    const backedUp = await backupDatabase(urlOf(databases.source), backupFile);
    const restored = await restoreDatabase(urlOf(databases.target), backupFile, { migrate: migrateDeploy });
    expect(restored.rows).toBe(backedUp.rows);

    const [before, after] = [await contentOf(urlOf(databases.source)), await contentOf(urlOf(databases.target))];
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
    for (const table of Object.keys(before)) expect(after[table], table).toEqual(before[table]);
    expect(before.User).toHaveLength(2);
    for (const table of ["Application", "Contact", "InterviewInterviewer", "Letter", "Delivery", "ApiToken"]) expect(before[table]!.length, table).toBeGreaterThan(0);

    // Auto-increment ids go on after the restored ones.
    const target = createPrismaClient(urlOf(databases.target));
    try {
      // Each user's data version is past the backed-up one: nothing cached before the restore matches it.
      const versions = (client: typeof source) => client.user.findMany({ select: { id: true, dataVersion: true }, orderBy: { id: "asc" } });
      const [backedUpVersions, restoredVersions] = [await versions(source), await versions(target)];
      expect(restoredVersions.map((user) => user.id)).toEqual(backedUpVersions.map((user) => user.id));
      restoredVersions.forEach((user, at) => expect(user.dataVersion).toBeGreaterThan(backedUpVersions[at]!.dataVersion));
      await expect(target.loginAttempt.create({ data: { email: "c@example.test", ip: "10.0.0.2", success: false } })).resolves.toBeTruthy();
    } finally {
      await target.$disconnect();
    }
  }, 180_000);

  it("refuses a target that holds data unless forced, and writes nothing when a file is damaged", async () => {
    await expect(restoreDatabase(urlOf(databases.target), backupFile, { migrate: alreadyMigrated })).rejects.toThrow(/already holds data.*--force/);

    const notABackup = path.join(folder, "not-a-backup.gz");
    writeFileSync(notABackup, gzipSync('{"format":"bridges-export"}\n'));
    await expect(restoreDatabase(urlOf(databases.target), notABackup, { migrate: alreadyMigrated })).rejects.toThrow(BackupError);

    // A backup cut off after its first tables: the forced restore fails and the target is untouched.
    const before = await contentOf(urlOf(databases.target));
    const client = new pg.Client({ connectionString: urlOf(databases.source) });
    await client.connect();
    const [first] = await tablesInDependencyOrder(client);
    await client.end();
    const header = { format: "bridges-backup", version: 1, createdAt: new Date().toISOString(), migrations: [], tables: [first, { name: "User", columns: ["id"] }] };
    const truncated = path.join(folder, "truncated.gz");
    writeFileSync(truncated, gzipSync(`${JSON.stringify(header)}\n\\.\n`));
    await expect(restoreDatabase(urlOf(databases.target), truncated, { force: true, migrate: alreadyMigrated })).rejects.toThrow(/truncated/);
    expect(await contentOf(urlOf(databases.target))).toEqual(before);

    await expect(restoreDatabase(urlOf(databases.target), backupFile, { force: true, migrate: alreadyMigrated })).resolves.toBeTruthy();
    expect(await contentOf(urlOf(databases.target))).toEqual(await contentOf(urlOf(databases.source)));
  }, 180_000);
});
