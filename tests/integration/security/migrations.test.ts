// QUALITY.md data safety: every migration applies to an empty database and lands exactly on
// prisma/schema.prisma; and each migration after the first, applied to a database seeded at the
// migration before it, loses no row. New migration folders join in on their own.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { migrateDeploy, prismaEnv } from "../../../scripts/lib/run";

const MIGRATIONS = path.resolve("prisma/migrations");
const migrations = readdirSync(MIGRATIONS)
  .filter((name) => existsSync(path.join(MIGRATIONS, name, "migration.sql")))
  .sort();

// The Prisma CLI runs its schema engine as WASM: several seconds a command on a busy machine.
const CLI_TIMEOUT = 180_000;

const created: string[] = [];

function urlFor(database: string) {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withClient<T>(url: string, run: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

/** A fresh database on the test server: empty, or a copy of `template`. */
async function emptyDatabase(template?: string) {
  const name = `bridges_migrations_${randomBytes(6).toString("hex")}`;
  await withClient(process.env.DATABASE_URL!, (client) => client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`));
  created.push(name);
  return urlFor(name);
}

afterAll(async () => {
  await withClient(process.env.DATABASE_URL!, async (client) => {
    for (const name of created) await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  });
});

function prisma(args: string[], databaseUrl: string) {
  return spawnSync("npx", ["--no-install", "prisma", ...args], { env: { ...process.env, ...prismaEnv, DATABASE_URL: databaseUrl }, encoding: "utf8" });
}

/** Runs `work` once, however many tests ask for its result. */
function once<T>(work: () => Promise<T>): () => Promise<T> {
  let result: Promise<T> | undefined;
  return () => (result ??= work());
}

// Prisma's own bookkeeping rows (`_prisma_migrations`) of a database migrated by `migrate deploy`.
const prismaRecordsOfEveryMigration = once(async () => {
  const url = await emptyDatabase();
  await migrateDeploy(url);
  return withClient(url, async (client) => (await client.query(`SELECT * FROM _prisma_migrations ORDER BY migration_name`)).rows);
});

// A database holding only Prisma's (empty) bookkeeping table, made by Prisma: the template of the
// databases below.
const bookkeepingTemplate = once(async () => {
  const url = await emptyDatabase();
  const resolved = prisma(["migrate", "resolve", "--applied", migrations[0]!], url);
  expect(resolved.status, resolved.stderr).toBe(0);
  await withClient(url, (client) => client.query(`DELETE FROM _prisma_migrations`));
  return new URL(url).pathname.slice(1);
});

/**
 * The database at migration `count` (the first `count` folders), recorded as Prisma records them:
 * the SQL applied, and Prisma's records of those migrations copied in. (A `migrate resolve` per
 * migration made this file quadratic: ten minutes of `npm test` at nine migrations.)
 */
async function databaseAt(count: number) {
  const url = await emptyDatabase(await bookkeepingTemplate());
  const records = (await prismaRecordsOfEveryMigration()).filter((record) => migrations.slice(0, count).includes(String(record.migration_name)));
  expect(records).toHaveLength(count);
  await withClient(url, async (client) => {
    for (const name of migrations.slice(0, count)) await client.query(readFileSync(path.join(MIGRATIONS, name, "migration.sql"), "utf8"));
    for (const record of records) {
      const columns = Object.keys(record);
      await client.query(
        `INSERT INTO _prisma_migrations (${columns.map((column) => `"${column}"`).join(", ")}) VALUES (${columns.map((_, index) => `$${index + 1}`).join(", ")})`,
        Object.values(record),
      );
    }
  });
  return url;
}

type Column = { table: string; column: string; udt: string; nullable: boolean; hasDefault: boolean };
type ForeignKey = { table: string; column: string; refTable: string; refColumn: string };

/**
 * One row in every table, whatever the schema of the day: columns get a value of their type,
 * foreign keys the parent's row. Knows nothing of Bridges, so it works at any past migration.
 */
async function seedEveryTable(client: pg.Client): Promise<string[]> {
  const columns = (
    await client.query<{ table_name: string; column_name: string; udt_name: string; is_nullable: string; column_default: string | null }>(
      `SELECT table_name, column_name, udt_name, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY table_name, ordinal_position`,
    )
  ).rows.map((row): Column => ({ table: row.table_name, column: row.column_name, udt: row.udt_name, nullable: row.is_nullable === "YES", hasDefault: row.column_default !== null }));
  const foreignKeys = (
    await client.query<{ table: string; column: string; ref_table: string; ref_column: string }>(
      `SELECT kcu.table_name AS table, kcu.column_name AS column, ccu.table_name AS ref_table, ccu.column_name AS ref_column
       FROM information_schema.table_constraints tc
       JOIN information_schema.key_column_usage kcu ON tc.constraint_name = kcu.constraint_name AND tc.table_schema = kcu.table_schema
       JOIN information_schema.constraint_column_usage ccu ON tc.constraint_name = ccu.constraint_name AND tc.table_schema = ccu.table_schema
       WHERE tc.constraint_type = 'FOREIGN KEY' AND tc.table_schema = 'public'`,
    )
  ).rows.map((row): ForeignKey => ({ table: row.table, column: row.column, refTable: row.ref_table, refColumn: row.ref_column }));
  const enumLabels = new Map(
    (await client.query<{ typname: string; label: string }>(`SELECT t.typname, min(e.enumlabel) AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid GROUP BY t.typname`)).rows.map(
      (row) => [row.typname, row.label],
    ),
  );

  // DataVersionMove is empty outside a transaction by design (ADR 0022): a row written there is gone at commit.
  const tables = [...new Set(columns.map((column) => column.table))].filter((table) => table !== "DataVersionMove");
  const seeded = new Map<string, Record<string, unknown>>();
  const valueOf = (column: Column): string => {
    if (enumLabels.has(column.udt)) return enumLabels.get(column.udt)!;
    if (column.udt.startsWith("_")) return "{}";
    if (/^(int|float|numeric)/.test(column.udt)) return "1";
    if (column.udt === "bool") return "false";
    if (column.udt.startsWith("timestamp")) return new Date().toISOString();
    if (column.udt === "date") return "2026-01-01";
    if (/^jsonb?$/.test(column.udt)) return "{}";
    if (column.udt === "uuid") return crypto.randomUUID();
    return `seed-${column.table}-${column.column}`.slice(0, 60);
  };

  // Parents before children; a table whose required parents are not seeded yet waits its turn.
  while (seeded.size < tables.length) {
    const ready = tables.filter(
      (table) =>
        !seeded.has(table) &&
        foreignKeys
          .filter((fk) => fk.table === table && fk.refTable !== table && !columns.find((c) => c.table === table && c.column === fk.column)!.nullable)
          .every((fk) => seeded.has(fk.refTable)),
    );
    if (ready.length === 0) throw new Error(`cannot order tables: ${tables.filter((table) => !seeded.has(table)).join(", ")}`);
    for (const table of ready) {
      const values: [Column, string][] = [];
      for (const column of columns.filter((c) => c.table === table)) {
        const fk = foreignKeys.find((key) => key.table === table && key.column === column.column);
        if (fk) {
          const parent = seeded.get(fk.refTable);
          if (parent) values.push([column, String(parent[fk.refColumn])]);
        } else if (!column.hasDefault) {
          values.push([column, valueOf(column)]);
        }
      }
      const names = values.map(([column]) => `"${column.column}"`).join(", ");
      const params = values.map(([column], index) => `$${index + 1}::"${column.udt}"`).join(", ");
      const row = await client.query(`INSERT INTO "${table}" (${names}) VALUES (${params}) RETURNING *`, values.map(([, value]) => value));
      seeded.set(table, row.rows[0] as Record<string, unknown>);
    }
  }
  return tables;
}

async function rowCounts(client: pg.Client, tables: string[]) {
  const counts: Record<string, number> = {};
  for (const table of tables) counts[table] = Number((await client.query(`SELECT count(*) AS n FROM "${table}"`)).rows[0].n);
  return counts;
}

/** Tables, columns, enums, indexes and constraints: what a schema difference would change. */
async function catalogue(client: pg.Client) {
  const rows = async (sql: string) => (await client.query(sql)).rows.map((row) => Object.values(row).join(" | "));
  return {
    columns: await rows(
      `SELECT table_name, column_name, udt_name, is_nullable, column_default FROM information_schema.columns
       WHERE table_schema = 'public' AND table_name <> '_prisma_migrations' ORDER BY 1, 2`,
    ),
    enums: await rows(`SELECT t.typname, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid GROUP BY 1 ORDER BY 1`),
    indexes: await rows(`SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1`),
    constraints: await rows(
      // Not the constraint triggers: the data version's (ADR 0022) exist in SQL only, and
      // page-versions.test.ts checks that every table holding a user's rows has one.
      `SELECT conrelid::regclass::text, conname, pg_get_constraintdef(oid) FROM pg_constraint
       WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations' AND contype <> 't' ORDER BY 1, 2`,
    ),
  };
}

describe("migrations", () => {
  it("all apply to an empty database, land exactly on prisma/schema.prisma, and re-deploying loses no row", async () => {
    const url = await emptyDatabase();
    await migrateDeploy(url);
    const applied = await withClient(url, (client) =>
      client.query<{ migration_name: string }>(`SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`),
    );
    expect(applied.rows.map((row) => row.migration_name)).toEqual(migrations);

    // `migrate diff --from-url` is refused with a driver adapter (pris.ly/d/schema-engine-limitations):
    // instead, the catalogue of the migrated database must equal that of one built from the schema.
    const script = prisma(["migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"], url);
    expect(script.status, script.stderr).toBe(0);
    const fromSchema = await emptyDatabase();
    await withClient(fromSchema, (client) => client.query(script.stdout));
    expect(await withClient(url, catalogue)).toEqual(await withClient(fromSchema, catalogue));

    // The seeder the tests below rely on reaches every table; deploying again is a no-op.
    const before = await withClient(url, async (client) => rowCounts(client, await seedEveryTable(client)));
    expect(Object.values(before).every((count) => count === 1)).toBe(true);
    await migrateDeploy(url);
    expect(await withClient(url, (client) => rowCounts(client, Object.keys(before)))).toEqual(before);
  }, CLI_TIMEOUT);

  // One test per migration after the first: seeded at the migration before it, nothing lost.
  for (const [index, name] of migrations.entries()) {
    if (index === 0) continue;
    it(`${name}, applied to a database seeded at the migration before it, loses no row`, async () => {
      const url = await databaseAt(index);
      const before = await withClient(url, async (client) => rowCounts(client, await seedEveryTable(client)));
      await migrateDeploy(url);
      const after = await withClient(url, (client) => rowCounts(client, Object.keys(before)));
      for (const [table, count] of Object.entries(before)) expect(after[table], table).toBeGreaterThanOrEqual(count);
    }, CLI_TIMEOUT);
  }
});
