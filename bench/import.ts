/**
 * CSV import of 10,000 applications (QUALITY.md: ≤ 3 s), timed end to end on the server's
 * path: decode → parse → map and validate every row → importRows in the page's chunks.
 *
 *   npx tsx bench/import.ts            (a throwaway embedded PostgreSQL, or DATABASE_URL if set)
 *   npm run bench -- import
 *
 * Prints the figures and the command; a second run of the same file shows the re-import cost.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from "../scripts/lib/embedded-postgres";
import { migrateDeploy } from "../scripts/lib/run";

const ROWS = Number(process.env.BENCH_IMPORT_ROWS ?? 10_000);

async function database(): Promise<{ stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { stop: async () => {} };
  const dir = mkdtempSync(path.join(os.tmpdir(), "bridges-bench-import-"));
  chmodSync(dir, 0o755);
  const server: EmbeddedDatabase = await startEmbeddedPostgres({ dataDir: path.join(dir, "pg"), port: await freePort(), database: "bench_import", persistent: false });
  process.env.DATABASE_URL = server.url;
  await migrateDeploy(server.url);
  return { stop: async () => (await server.stop().catch(() => undefined), rmSync(dir, { recursive: true, force: true })) };
}

async function main() {
  const handle = await database();
  process.env.AUTH_SECRET ??= randomBytes(33).toString("base64");
  // Imported after DATABASE_URL is known: lib/db reads it on first use.
  const { db } = await import("../lib/db");
  const { createUser } = await import("../tests/factories");
  const { applicationsCsv, importCsv } = await import("../tests/integration/import-support");
  try {
    const user = await createUser(db, { email: `bench-import-${Date.now()}@example.test` });
    const file = new TextEncoder().encode(applicationsCsv(ROWS));
    const timed = async (label: string) => {
      const started = performance.now();
      const summary = await importCsv(user.id, "applications", file);
      const ms = performance.now() - started;
      console.log(
        `- CSV import, ${label}: ${ROWS.toLocaleString("en-US")} rows (${(file.length / 1024).toFixed(0)} kB) in ${(ms / 1000).toFixed(2)} s — ` +
          `created ${summary.created}, updated ${summary.updated}, unchanged ${summary.unchanged}, skipped ${summary.skipped.length}  (npx tsx bench/import.ts)`,
      );
    };
    await timed("new account");
    await timed("same file again");
  } finally {
    await db.$disconnect();
    await handle.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
