/**
 * `npm start`: serves Bridges in production mode on PORT (default 3000).
 * With no DATABASE_URL it starts an embedded PostgreSQL 17 whose data lives in .data/postgres;
 * migrations are applied, the app is built when its sources changed, and the server starts.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import path from "node:path";
import { openAppDatabase } from "./lib/database";
import { EmbeddedDatabaseError } from "./lib/embedded-postgres";
import { loadDotEnv } from "./lib/local-config";
import { prismaEnv, run } from "./lib/run";
import { startWorker } from "../lib/jobs/worker";

const SOURCE_ENTRIES = ["app", "components", "lib", "prisma", "proxy.ts", "instrumentation.ts", "next.config.ts", "package.json"];

function newestMtime(entry: string): number {
  if (!existsSync(entry)) return 0;
  const stat = statSync(entry);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return Math.max(0, ...readdirSync(entry).map((name) => newestMtime(path.join(entry, name))));
}

function buildIsStale(distDir: string): boolean {
  const buildId = path.join(distDir, "BUILD_ID");
  if (!existsSync(buildId)) return true;
  const builtAt = statSync(buildId).mtimeMs;
  return SOURCE_ENTRIES.some((entry) => newestMtime(entry) > builtAt);
}

async function main() {
  loadDotEnv();
  const port = process.env.PORT ?? "3000";
  const database = await openAppDatabase();

  // Reminders are delivered by a worker in this process, so a local install needs nothing else.
  // Started before the server, inside the guard: if it cannot start, the database is stopped.
  let worker: Awaited<ReturnType<typeof startWorker>>;
  try {
    if (buildIsStale(process.env.BRIDGES_DIST_DIR || ".next")) {
      console.log("▸ Building the app (first start, or the sources changed)");
      await run("npm", ["run", "build"], { env: { ...process.env, ...prismaEnv, NODE_ENV: "production" } });
    }
    if (process.env.SEED_DEMO === "1") {
      await run("npx", ["--no-install", "tsx", "prisma/seed.ts"], { env: process.env });
    }
    worker = await startWorker();
  } catch (error) {
    await database.stop();
    throw error;
  }

  console.log(`▸ Bridges is starting on http://localhost:${port}`);
  // Node runs Next's CLI directly (not through npx, whose shell would outlive a SIGTERM and leave
  // the server running without its database).
  const server = spawn(process.execPath, [path.join("node_modules", "next", "dist", "bin", "next"), "start", "-p", port], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", AUTH_TRUST_HOST: "true" },
  });
  const serverExited = new Promise<void>((resolve) => server.once("exit", () => resolve()));

  let stopping = false;
  const shutdown = async (code: number) => {
    if (stopping) return;
    stopping = true;
    server.kill("SIGTERM");
    // The server finishes its requests before the database goes away (bounded, in case it hangs).
    await Promise.race([serverExited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
    await worker.stop().catch(() => undefined);
    await database.stop();
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
