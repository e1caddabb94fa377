/**
 * `npm start`: serves Bridges in production mode on PORT (default 3000).
 * With no DATABASE_URL it starts an embedded PostgreSQL 17 whose data lives in .data/postgres and
 * keeps it running: restarted with back-off when it dies, and after EMBEDDED_PG_RESTART_ATTEMPTS
 * failed restarts in a row everything stops with exit code 1, for a service manager to take over.
 * Migrations are applied, the app is built when its sources changed, and the server starts
 * (WEB_CONCURRENCY web processes on PORT, default 1: scripts/serve.ts).
 * SIGTERM / SIGINT: the web server drains, the worker finishes its batch, the database stops;
 * a second signal exits at once. (docs/deploy.md, "Running on one machine".)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { constants } from "node:os";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { openAppDatabase, type AppDatabase } from "./lib/database";
import { EmbeddedDatabaseError, takeOverShutdownSignals } from "./lib/embedded-postgres";
import { loadDotEnv } from "./lib/local-config";
import { prismaEnv, run } from "./lib/run";
import { webProcessNodeFlags } from "./lib/web-memory";
import { startWorker, type Worker } from "../lib/jobs/worker";

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

function restartAttempts(): number {
  const raw = process.env.EMBEDDED_PG_RESTART_ATTEMPTS;
  if (!raw) return 5;
  const attempts = Number(raw);
  if (!Number.isInteger(attempts) || attempts < 0) {
    throw new EmbeddedDatabaseError(`EMBEDDED_PG_RESTART_ATTEMPTS must be a whole number (default 5), not "${raw}".`);
  }
  return attempts;
}

// What is running, for the one shutdown path every exit takes.
let database: AppDatabase | undefined;
let worker: Worker | undefined;
let server: ChildProcess | undefined;
let stopping = false;

async function stopAll(code: number) {
  if (stopping) return;
  stopping = true;
  if (server && server.exitCode === null && server.signalCode === null) {
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGTERM");
    // The server finishes its requests before the database goes away (bounded, in case it hangs).
    await Promise.race([exited, sleep(10_000)]);
  }
  await worker?.stop().catch(() => undefined);
  await database?.stop();
  process.exit(code);
}

function onSignal(signal: NodeJS.Signals) {
  if (stopping) {
    console.error(`✖ ${signal} again: exiting now, without waiting.`);
    server?.kill("SIGKILL");
    // embedded-postgres's exit hook still sends the database its fast-shutdown signal.
    process.exit(128 + constants.signals[signal]);
  }
  console.log(`▸ ${signal}: stopping (the web server drains, the worker finishes its batch, the database stops). Send it again to exit at once.`);
  void stopAll(0);
}

async function main() {
  loadDotEnv();
  const port = process.env.PORT ?? "3000";
  const maxFailures = restartAttempts();
  // Read before anything starts, so that a bad value stops here with its message.
  const serverNodeFlags = webProcessNodeFlags(process.env);
  takeOverShutdownSignals();
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const) process.on(signal, () => onSignal(signal));

  database = await openAppDatabase();
  database.supervise({
    maxFailures,
    log: (line) => console.error(line),
    onGiveUp: (error) => {
      console.error(`\n✖ ${error.message}\n`);
      void stopAll(1);
    },
  });

  // Reminders are delivered by a worker in this process, so a local install needs nothing else.
  // Started before the server, inside the guard: if it cannot start, the database is stopped.
  try {
    if (buildIsStale(process.env.BRIDGES_DIST_DIR || ".next")) {
      console.log("▸ Building the app (first start, or the sources changed)");
      await run("npm", ["run", "build"], { env: { ...process.env, ...prismaEnv, NODE_ENV: "production" } });
    }
    if (process.env.SEED_DEMO === "1") {
      await run("npx", ["--no-install", "tsx", "prisma/seed.ts"], { env: process.env });
    }
    if (stopping) return;
    worker = await startWorker();
  } catch (error) {
    await database.stop();
    throw error;
  }
  if (stopping) return;

  // Node runs the server directly (not through npx, whose shell would outlive a SIGTERM and leave
  // it running without its database); scripts/serve.ts is Next plus the client's address.
  server = spawn(process.execPath, [...serverNodeFlags, "--import", "tsx", path.join("scripts", "serve.ts"), "-p", port], {
    stdio: "inherit",
    env: { ...process.env, NODE_ENV: "production", AUTH_TRUST_HOST: "true" },
  });
  console.log(`▸ Bridges is starting on http://localhost:${port} (web server pid ${server.pid})`);
  // A server that dies on its own takes everything down; killed by a signal still means failure.
  server.on("exit", (code) => void stopAll(code ?? 1));
}

main().catch((error) => {
  if (error instanceof EmbeddedDatabaseError) console.error(`\n✖ ${error.message}\n`);
  else console.error("\n✖ Bridges could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
