/**
 * `npm start` under failure (a step of `npm test`): the real start script on its embedded
 * PostgreSQL, in a temporary data folder, on free ports.
 * 1. The database is SIGKILLed: health goes 503 → 200 while the web server stays the same
 *    process, and a follow-up that fell due during the outage is delivered once per channel.
 * 2. SIGTERM: exit code 0, web server and database stopped.
 * 3. The database cannot start again (a corrupt PG_VERSION) after a crash: `npm start` gives up
 *    after EMBEDDED_PG_RESTART_ATTEMPTS, stops the web server and exits 1 saying what to do.
 * Needs a production build in BRIDGES_DIST_DIR (npm test makes it).
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { createPrismaClient } from "../lib/db";
import { createUser } from "../tests/factories";
import { startSmtpSink, type SmtpSink } from "../tests/support/smtp-sink";
import { freePort } from "./lib/embedded-postgres";
import { webProcessNodeFlags } from "./lib/web-memory";

type Started = { child: ChildProcess; output: () => string; exited: Promise<number | null>; base: string; pgPort: number; webPid: number };

const tempDir = mkdtempSync(path.join(os.tmpdir(), "bridges-start-"));
// Postgres runs as its own OS user when we are root: it must be able to enter the folder.
chmodSync(tempDir, 0o755);
const dataDir = path.join(tempDir, "data");
const clusterDir = path.join(dataDir, "postgres");
const running: ChildProcess[] = [];

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const health = async (base: string) => (await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2_000) })).status;
const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const postmasterPid = () => Number(readFileSync(path.join(clusterDir, "postmaster.pid"), "utf8").split("\n")[0]);

/** Runs `tsx scripts/start.ts` (what `npm start` runs) and waits until it answers healthy. */
async function startBridges(sink: SmtpSink, extraEnv: Record<string, string> = {}): Promise<Started> {
  const [port, pgPort] = [await freePort(), await freePort()];
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(port),
    EMBEDDED_PG_PORT: String(pgPort),
    BRIDGES_DATA_DIR: dataDir,
    SMTP_URL: sink.url,
    REMINDER_INTERVAL_MS: "200",
    ...extraEnv,
  };
  // The embedded database is what is under test, not the suite's shared one.
  delete env.DATABASE_URL;
  const child = spawn(path.join("node_modules", ".bin", "tsx"), ["scripts/start.ts"], { env, stdio: ["ignore", "pipe", "pipe"] });
  running.push(child);
  let output = "";
  child.stdout!.on("data", (chunk) => (output += chunk));
  child.stderr!.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const base = `http://127.0.0.1:${port}`;
  await Promise.race([
    waitFor("npm start to answer healthy", async () => (await health(base)) === 200, 120_000),
    exited.then((code) => Promise.reject(new Error(`npm start exited with ${code}:\n${output}`))),
  ]);
  const webPid = Number(/web server pid (\d+)/.exec(output)?.[1]);
  assert.ok(webPid > 0, "npm start names its web server's pid");
  return { child, output: () => output, exited, base, pgPort, webPid };
}

async function outageIsRidden(sink: SmtpSink) {
  const bridges = await startBridges(sink);
  const databaseUrl = `postgresql://bridges:bridges-local@127.0.0.1:${bridges.pgPort}/bridges`;
  let db = createPrismaClient(databaseUrl);
  const user = await createUser(db);
  // Due just after the kill: the worker cannot claim it before the database dies, and the
  // first restart comes a second later at the earliest.
  const dueAt = new Date(Date.now() + 600);
  const duringOutage = await db.followUp.create({ data: { userId: user.id, title: "Due while the database was down", dueAt } });
  await db.$disconnect();

  const killedAt = Date.now();
  process.kill(postmasterPid(), "SIGKILL");
  await waitFor("health to answer 503", async () => (await health(bridges.base)) === 503, 10_000);
  await waitFor("health to answer 200 again", async () => (await health(bridges.base)) === 200, 60_000);
  const recoveredAt = Date.now();
  assert.ok(killedAt < dueAt.getTime() && dueAt.getTime() < recoveredAt, "the follow-up fell due during the outage");
  assert.ok(isAlive(bridges.webPid), "the web server was not restarted");
  assert.equal(bridges.output().match(/web server pid/g)?.length, 1, "one web server for the whole run");
  // The web server runs with the heap cap npm start gives it (WEB_MEMORY_MB, docs/deploy.md).
  const serverArgs = readFileSync(`/proc/${bridges.webPid}/cmdline`, "utf8").split("\0");
  for (const flag of webProcessNodeFlags(process.env)) assert.ok(serverArgs.includes(flag), `the web server runs with ${flag}: ${serverArgs.join(" ")}`);
  assert.match(bridges.output(), /stopped unexpectedly \(killed by SIGKILL\)\. Its last log lines:\n\s+\S/);
  assert.match(bridges.output(), /is running again/);
  console.log(`✔ database killed: health 503, then 200 after ${((recoveredAt - killedAt) / 1000).toFixed(1)} s, same web server (with its heap cap)`);

  // A follow-up due now, delivered after the other, shows that the worker has swept since.
  db = createPrismaClient(databaseUrl);
  const marker = await db.followUp.create({ data: { userId: user.id, title: "Due after the outage", dueAt: new Date() } });
  await waitFor(
    "both follow-ups delivered",
    async () => (await db.delivery.count({ where: { followUpId: { in: [duringOutage.id, marker.id] }, channel: "email", status: "sent" } })) === 2,
    30_000,
  );
  const deliveries = await db.delivery.findMany({ where: { followUpId: duringOutage.id }, select: { channel: true } });
  assert.deepEqual(deliveries.map((d) => d.channel).sort(), ["email", "in_app"], "one delivery per channel");
  const mails = sink.messages.filter((mail) => JSON.stringify(mail.to).includes(user.email) && mail.subject?.includes("Due while the database was down"));
  assert.equal(mails.length, 1, "the reminder e-mail was sent once");
  await db.$disconnect();
  console.log("✔ the follow-up due during the outage was delivered exactly once per channel");

  const postmaster = postmasterPid();
  bridges.child.kill("SIGTERM");
  const code = await bridges.exited;
  assert.equal(code, 0, `SIGTERM ends npm start with 0:\n${bridges.output()}`);
  assert.match(bridges.output(), /SIGTERM: stopping/);
  await waitFor("the web server and the database to be gone", async () => !isAlive(bridges.webPid) && !isAlive(postmaster), 10_000);
  assert.ok(!existsSync(path.join(clusterDir, "postmaster.pid")), "the database shut down cleanly");
  console.log("✔ SIGTERM: exit 0, web server and database stopped");
}

async function givesUpWhenTheDatabaseCannotStart(sink: SmtpSink) {
  const bridges = await startBridges(sink, { EMBEDDED_PG_RESTART_ATTEMPTS: "2" });
  writeFileSync(path.join(clusterDir, "PG_VERSION"), "99\n");
  process.kill(postmasterPid(), "SIGKILL");
  const code = await Promise.race([bridges.exited, new Promise((resolve) => setTimeout(() => resolve("still running"), 60_000))]);
  assert.equal(code, 1, `npm start gives up with exit code 1:\n${bridges.output()}`);
  const output = bridges.output();
  assert.match(output, /Restarting it in 1 s \(attempt 1 of 2\)/);
  assert.match(output, /Restarting it in 2 s \(attempt 2 of 2\)/);
  assert.match(output, /initialized by PostgreSQL version 99/, "the database's own words are shown");
  assert.match(output, /could not be restarted \(2 attempts in a row failed\), so Bridges stops/);
  assert.match(output, /move it away \(mv \S+postgres \S+postgres\.broken\)/, "the message says what to do");
  await waitFor("the web server to be gone", async () => !isAlive(bridges.webPid), 10_000);
  console.log("✔ a database that cannot start again: npm start stops everything and exits 1, saying what to do");
}

// Interrupted (Ctrl-C in npm test): the npm start under test stops with this script.
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    for (const child of running) child.kill("SIGTERM");
    process.exit(1);
  });
}

async function main() {
  const sink = await startSmtpSink();
  try {
    await outageIsRidden(sink);
    await givesUpWhenTheDatabaseCannotStart(sink);
  } finally {
    // A failed check leaves its npm start running: stop it the way a user would (bounded).
    const left = running.filter((child) => child.exitCode === null && child.signalCode === null);
    const exits = left.map((child) => new Promise((resolve) => child.once("exit", resolve)));
    for (const child of left) child.kill("SIGTERM");
    await Promise.race([Promise.all(exits), new Promise((resolve) => setTimeout(resolve, 15_000))]);
    await sink.close();
  }
}

main()
  .then(() => {
    rmSync(tempDir, { recursive: true, force: true });
    console.log("✔ npm start under failure: all checks passed");
    process.exit(0);
  })
  .catch((error) => {
    console.error(`✖ npm start under failure: ${error instanceof Error ? error.message : error}`);
    console.error(`  (data kept in ${tempDir})`);
    process.exit(1);
  });
