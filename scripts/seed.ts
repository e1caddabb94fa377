/** `npm run db:seed`: the demo account, on DATABASE_URL or the embedded database. */
import { openAppDatabase } from "./lib/database";
import { loadDotEnv } from "./lib/local-config";
import { run } from "./lib/run";

async function main() {
  loadDotEnv();
  const database = await openAppDatabase();
  try {
    await run("npx", ["--no-install", "tsx", "prisma/seed.ts"], { env: process.env });
  } finally {
    await database.stop();
  }
}

main().catch((error) => {
  console.error(`✖ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
