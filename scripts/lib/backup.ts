/**
 * A logical backup of the app's database written with the pg driver (docs/decisions/0018): no
 * pg_dump is needed, so it works against the embedded PostgreSQL 17 and any server DATABASE_URL
 * names. One gzip file:
 *
 *   line 1    {"format":"bridges-backup","version":1,"createdAt":…,"migrations":[…],"tables":[{"name","columns"}]}
 *   then, per table in the header's order (parents before children), its rows in COPY's text
 *   format, closed by a line `\.` (a row can never be that line: COPY writes a backslash as `\\`).
 *
 * The schema is not in the file: the migrations are. A restore applies them to an empty database,
 * then loads every table inside one transaction.
 */
import { once } from "node:events";
import { createReadStream, createWriteStream } from "node:fs";
import { rename, rm } from "node:fs/promises";
import readline from "node:readline";
import { finished, pipeline } from "node:stream/promises";
import { createGunzip, createGzip } from "node:zlib";
import pg from "pg";
import { from as copyFrom, to as copyTo } from "pg-copy-streams";

export const BACKUP_FORMAT = "bridges-backup";
const BACKUP_VERSION = 1;
const END_OF_TABLE = "\\.";
const MIGRATIONS_TABLE = "_prisma_migrations";

export type BackupTable = { name: string; columns: string[] };
export type BackupHeader = { format: typeof BACKUP_FORMAT; version: number; createdAt: string; migrations: string[]; tables: BackupTable[] };

export class BackupError extends Error {}

const quote = (identifier: string) => `"${identifier.replaceAll('"', '""')}"`;
const copyTarget = (table: BackupTable) => `${quote(table.name)} (${table.columns.map(quote).join(", ")})`;

async function appliedMigrations(client: pg.ClientBase): Promise<string[]> {
  const exists = await client.query("SELECT to_regclass($1) AS name", [`public.${MIGRATIONS_TABLE}`]);
  if (!exists.rows[0].name) throw new BackupError("This database has no Bridges schema (no migrations table).");
  const { rows } = await client.query<{ migration_name: string }>(
    `SELECT migration_name FROM ${quote(MIGRATIONS_TABLE)} WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL ORDER BY migration_name`,
  );
  return rows.map((row) => row.migration_name);
}

/** The app's tables with their stored columns, each after every table it references. */
export async function tablesInDependencyOrder(client: pg.ClientBase): Promise<BackupTable[]> {
  const { rows: columns } = await client.query<{ table: string; column: string }>(
    `SELECT c.relname AS table, a.attname AS column
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> $1
        AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''
      ORDER BY c.relname, a.attnum`,
    [MIGRATIONS_TABLE],
  );
  const { rows: references } = await client.query<{ child: string; parent: string }>(
    `SELECT child.relname AS child, parent.relname AS parent
       FROM pg_constraint k
       JOIN pg_class child ON child.oid = k.conrelid
       JOIN pg_class parent ON parent.oid = k.confrelid
       JOIN pg_namespace n ON n.oid = child.relnamespace
      WHERE k.contype = 'f' AND n.nspname = 'public' AND child.oid <> parent.oid`,
  );
  const tables = new Map<string, string[]>();
  for (const { table, column } of columns) tables.set(table, [...(tables.get(table) ?? []), column]);

  const ordered: BackupTable[] = [];
  const placed = new Set<string>();
  while (placed.size < tables.size) {
    const ready = [...tables.keys()].filter(
      (name) => !placed.has(name) && references.every((ref) => ref.child !== name || placed.has(ref.parent) || !tables.has(ref.parent)),
    );
    if (!ready.length) throw new BackupError("The tables' foreign keys form a cycle; this backup format cannot order them.");
    for (const name of ready.sort()) {
      ordered.push({ name, columns: tables.get(name)! });
      placed.add(name);
    }
  }
  return ordered;
}

/**
 * Writes every row of the database at `url`, read in one repeatable-read snapshot (a consistent
 * picture while the app keeps running), to `file`. The file appears only once it is complete.
 */
export async function backupDatabase(url: string, file: string, now = new Date()): Promise<{ tables: number; rows: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const partial = `${file}.partial`;
  try {
    await client.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
    const migrations = await appliedMigrations(client);
    const tables = await tablesInDependencyOrder(client);
    const header: BackupHeader = { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now.toISOString(), migrations, tables };

    const gzip = createGzip();
    const written = pipeline(gzip, createWriteStream(partial, { mode: 0o600 }));
    const write = async (data: string | Buffer) => {
      if (!gzip.write(data)) await once(gzip, "drain");
    };
    let rows = 0;
    await write(JSON.stringify(header) + "\n");
    for (const table of tables) {
      const copy = client.query(copyTo(`COPY ${copyTarget(table)} TO STDOUT`));
      for await (const chunk of copy) await write(chunk as Buffer);
      rows += copy.rowCount;
      await write(END_OF_TABLE + "\n");
    }
    gzip.end();
    await written;
    await client.query("COMMIT");
    await rename(partial, file);
    return { tables: tables.length, rows };
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  } finally {
    await client.end();
  }
}

function parseHeader(line: string | undefined): BackupHeader {
  let header: Partial<BackupHeader> | undefined;
  try {
    header = JSON.parse(line ?? "") as Partial<BackupHeader>;
  } catch {
    // Reported below as "not a backup".
  }
  if (header?.format !== BACKUP_FORMAT || !Array.isArray(header.tables) || !Array.isArray(header.migrations)) {
    throw new BackupError("This file is not a Bridges backup (made by `npm run backup`).");
  }
  if (header.version !== BACKUP_VERSION) throw new BackupError(`This backup has format version ${header.version}; this Bridges reads version ${BACKUP_VERSION}.`);
  return header as BackupHeader;
}

/** Tables of `tables` that hold at least one row. */
async function tablesWithRows(client: pg.ClientBase, tables: BackupTable[]): Promise<string[]> {
  const filled: string[] = [];
  for (const { name } of tables) {
    const { rows } = await client.query(`SELECT EXISTS (SELECT 1 FROM ${quote(name)}) AS filled`);
    if (rows[0].filled) filled.push(name);
  }
  return filled;
}

/**
 * Loads a backup into the database at `url`, whose schema `migrate` brings up to date first.
 * Every row goes in inside one transaction: on any error nothing is written. A database that
 * already holds rows is refused unless `force`, which empties it (in the same transaction).
 */
export async function restoreDatabase(url: string, file: string, { force = false, migrate }: { force?: boolean; migrate: (url: string) => Promise<void> }) {
  const lines = readline.createInterface({ input: createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  let header: BackupHeader;
  try {
    header = parseHeader((await iterator.next()).value as string | undefined);
  } catch (error) {
    lines.close();
    if (error instanceof BackupError) throw error;
    throw new BackupError(`This file is not a Bridges backup (${error instanceof Error ? error.message : error}).`);
  }

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await migrate(url);
    const known = new Set(await appliedMigrations(client));
    const unknown = header.migrations.filter((name) => !known.has(name));
    if (unknown.length) throw new BackupError(`This backup was made by a newer Bridges (migration ${unknown[0]} is unknown here): update Bridges, then restore.`);
    const targetTables = await tablesInDependencyOrder(client);
    const filled = await tablesWithRows(client, targetTables);
    if (filled.length && !force) {
      throw new BackupError(
        `The target database already holds data (${filled.slice(0, 3).join(", ")}${filled.length > 3 ? ", …" : ""}). ` +
          "Restore into an empty database, or add --force to replace everything in it.",
      );
    }

    await client.query("BEGIN");
    if (filled.length) await client.query(`TRUNCATE ${targetTables.map((table) => quote(table.name)).join(", ")}`);
    let rows = 0;
    for (const table of header.tables) {
      const copy = client.query(copyFrom(`COPY ${copyTarget(table)} FROM STDIN`));
      let ended = false;
      for (let next = await iterator.next(); !next.done; next = await iterator.next()) {
        if (next.value === END_OF_TABLE) {
          ended = true;
          break;
        }
        if (!copy.write(next.value + "\n")) await once(copy, "drain");
      }
      copy.end();
      await finished(copy);
      if (!ended) throw new BackupError(`The backup ends in the middle of ${table.name}: the file is truncated.`);
      rows += copy.rowCount;
    }
    await restartSequences(client);
    await client.query("COMMIT");
    return { tables: header.tables.length, rows, createdAt: header.createdAt };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    lines.close();
    await client.end();
  }
}

/** Auto-increment columns continue after the highest restored value. */
async function restartSequences(client: pg.ClientBase) {
  const { rows } = await client.query<{ table: string; column: string; sequence: string }>(
    `SELECT c.relname AS table, a.attname AS column, pg_get_serial_sequence(quote_ident(c.relname), a.attname) AS sequence
       FROM pg_class c
       JOIN pg_namespace n ON n.oid = c.relnamespace
       JOIN pg_attribute a ON a.attrelid = c.oid
      WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
        AND pg_get_serial_sequence(quote_ident(c.relname), a.attname) IS NOT NULL`,
  );
  for (const { table, column, sequence } of rows) {
    await client.query(`SELECT setval($1, COALESCE((SELECT max(${quote(column)}) FROM ${quote(table)}), 0) + 1, false)`, [sequence]);
  }
}
