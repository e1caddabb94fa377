/**
 * `npm run restore -- file [--force]`: loads a backup made by `npm run backup` into the app's
 * database (DATABASE_URL, else the embedded one): migrations first, then every row in one
 * transaction. A database that already holds data is refused unless --force, which replaces it.
 * Stop Bridges before restoring over a database it is using.
 */
import { BackupError, restoreDatabase } from "./lib/backup";
import { openDatabaseForMaintenance } from "./lib/database";
import { EmbeddedDatabaseError } from "./lib/embedded-postgres";
import { loadDotEnv } from "./lib/local-config";
import { migrateDeploy } from "./lib/run";

async function main() {
  loadDotEnv();
  const args = process.argv.slice(2);
  const force = args.includes("--force");
  const files = args.filter((arg) => arg !== "--force");
  if (files.length !== 1) throw new BackupError("Name one backup file: npm run restore -- bridges-backup-….gz [--force]");
  const database = await openDatabaseForMaintenance();
  try {
    const { tables, rows, createdAt } = await restoreDatabase(database.url, files[0]!, { force, migrate: migrateDeploy });
    console.log(`✔ Restored ${rows} rows of ${tables} tables from the backup of ${createdAt}`);
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  const known = error instanceof BackupError || error instanceof EmbeddedDatabaseError;
  console.error(`\n✖ The restore failed; nothing was written. ${known ? error.message : error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
});
