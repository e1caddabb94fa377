/**
 * `npm run backup [-- file]`: every row of the app's database (DATABASE_URL, else the embedded
 * one) in one gzip file, read in one consistent snapshot while the app may keep running.
 * Restore it with `npm run restore -- file` (docs/deploy.md, "Backups").
 */
import { BackupError, backupDatabase } from "./lib/backup";
import { openDatabaseForMaintenance } from "./lib/database";
import { EmbeddedDatabaseError } from "./lib/embedded-postgres";
import { loadDotEnv } from "./lib/local-config";

const defaultFile = (now: Date) => `bridges-backup-${now.toISOString().replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z")}.gz`;

async function main() {
  loadDotEnv();
  const file = process.argv[2] ?? defaultFile(new Date());
  const database = await openDatabaseForMaintenance();
  try {
    const { tables, rows } = await backupDatabase(database.url, file);
    console.log(`✔ Backed up ${rows} rows of ${tables} tables to ${file}`);
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  const known = error instanceof BackupError || error instanceof EmbeddedDatabaseError;
  console.error(`\n✖ The backup failed: ${known ? error.message : error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
