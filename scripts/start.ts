/**
 * `npm start`: serves Bridges in production mode on PORT (default 3000).
 * With no DATABASE_URL it starts an embedded PostgreSQL 17 whose data lives in .data/postgres;
 * migrations are applied, the app is built when its sources changed, and the server starts.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { EmbeddedDatabaseError, startEmbeddedPostgres, type EmbeddedDatabase } from "./lib/embedded-postgres";
import { DATA_DIR, loadDotEnv, localAuthSecret } from "./lib/local-config";
import { migrateDeploy, prismaEnv, run } from "./lib/run";

const SOURCE_DIRS = ["app", "components", "lib", "prisma", "proxy.ts", "next.config.ts", "package.json"];

function newestSourceMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestSourceMtime(path.join(entry, name))));
}

function buildIsStale(): boolean {
  const buildId = path.join(".next", "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCE_DIRS.some((entry) => newestSourceMtime(entry) > builtAt);
}

async function main() {
  loadDotEnv();
  const port = process.env.PORT ?? "3000";
  let embedded: EmbeddedDatabase | undefined;

  if (!process.env.DATABASE_URL) {
    const pgPort = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
    console.log(`▸ No DATABASE_URL: starting the embedded PostgreSQL (data in ${path.join(DATA_DIR, "postgres")}, port ${pgPort})`);
    embedded = await startEmbeddedPostgres({ dataDir: path.join(DATA_DIR, "postgres"), port: pgPort, database: "bridges", persistent: true });
    process.env.DATABASE_URL = embedded.url;
    // A local instance gets a generated secret kept in .data/; production must set its own.
    process.env.AUTH_SECRET ??= localAuthSecret();
  } else if (!process.env.AUTH_SECRET) {
    throw new EmbeddedDatabaseError("AUTH_SECRET must be set when DATABASE_URL is (generate one with `openssl rand -base64 33`).");
  }

  const stopDatabase = async () => {
    await embedded?.stop().catch(() => undefined);
  };

  try {
    console.log("▸ Applying database migrations");
    await migrateDeploy(process.env.DATABASE_URL!);
    if (buildIsStale()) {
      console.log("▸ Building the app (first start, or the sources changed)");
      await run("npm", ["run", "build"], { env: { ...process.env, ...prismaEnv } });
    }
  } catch (error) {
    await stopDatabase();
    throw error;
  }

  console.log(`▸ Bridges is starting on http://localhost:${port}`);
  const server = spawn("npx", ["--no-install", "next", "start", "-p", port], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", AUTH_TRUST_HOST: "true" },
  });

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    server.kill("SIGTERM");
    await stopDatabase();
    process.exit(code);
  };
  process.on("SIGINT", () => void shutdown(0));
  process.on("SIGTERM", () => void shutdown(0));
  server.on("exit", (code) => void shutdown(code ?? 0));
}

main().catch((error) => {
  if (error instanceof EmbeddedDatabaseError) console.error(`\n✖ ${error.message}\n`);
  else console.error("\n✖ Bridges could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
