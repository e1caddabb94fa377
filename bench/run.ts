/**
 * `npm run bench`: the performance figures of QUALITY.md against a production build.
 * Seeds the bench data set first when it is missing (`npm run bench:seed` re-seeds).
 * Load comes from wrk when installed (installed with apt when running as root), else autocannon. Prints each figure with the command that
 * produced it and appends the run to bench/RESULTS.md.
 *
 *   npm run bench                 all benchmarks
 *   npm run bench -- http js      only some: http (each page's req/s as a ratio to signed-out
 *                                 /login, p50/p99 at 1 and 10 connections, peak RSS of the server
 *                                 tree), html (form pages' weight, heavy vs light user), js (bytes
 *                                 per route), cold (cold start), scale (WEB_CONCURRENCY 1 vs 2),
 *                                 reminders, import
 *   BENCH_SECONDS=10              seconds per measurement (default 10)
 *   BENCH_NOTE="…" npm run bench  records a note with the run (what was different about it)
 */
import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, existsSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import { gzipSync } from "node:zlib";
import { chromium } from "@playwright/test";
import { openAppDatabase } from "../scripts/lib/database";
import { freePort } from "../scripts/lib/embedded-postgres";
import { loadDotEnv } from "../scripts/lib/local-config";
import { run } from "../scripts/lib/run";
import { webProcessNodeFlags } from "../scripts/lib/web-memory";
import { BENCH_EMAIL, LIGHT_BENCH_EMAIL } from "./constants";
import { loadGenerator, type LoadGenerator, type LoadResult } from "./load";
import { signInAsBenchUser } from "./sign-in";

const only = process.argv.slice(2);
const wants = (name: string) => only.length === 0 || only.includes(name);
const results: string[] = [];

function report(line: string) {
  console.log(line);
  results.push(line);
}

/** Runs a benchmark script, echoing its output and recording its "- figure" lines. */
function runRecorded(script: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn("npx", ["--no-install", "tsx", script], { env: process.env, stdio: ["ignore", "pipe", "inherit"] });
    let pending = "";
    child.stdout.on("data", (chunk: Buffer) => {
      pending += chunk.toString();
      const lines = pending.split("\n");
      pending = lines.pop() ?? "";
      for (const line of lines) (line.startsWith("- ") ? report : console.log)(line);
    });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}`))));
  });
}

/**
 * The web server `npm start` runs (scripts/serve.ts, WEB_CONCURRENCY processes), optionally pinned
 * to some CPUs with taskset. Resolves with the milliseconds until /api/health answers.
 */
function startServer(port: number, { concurrency, cpus }: { concurrency?: number; cpus?: string } = {}): { child: ChildProcess; ready: Promise<number> } {
  const startedAt = Date.now();
  // The heap cap `npm start` gives the web server (WEB_MEMORY_MB), so the figures are its.
  const node = [process.execPath, ...webProcessNodeFlags(process.env), "--import", "tsx", "scripts/serve.ts", "-p", String(port)];
  const [command, ...args] = cpus ? ["taskset", "-c", cpus, ...node] : node;
  const env = { ...process.env, NODE_ENV: "production", AUTH_TRUST_HOST: "true" } as NodeJS.ProcessEnv;
  if (concurrency) env.WEB_CONCURRENCY = String(concurrency);
  const child = spawn(command!, args, { env, stdio: ["ignore", "ignore", "inherit"] });
  const ready = (async () => {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`The server exited with ${child.exitCode}`);
      try {
        const response = await fetch(`http://127.0.0.1:${port}/api/health`);
        if (response.ok) return Date.now() - startedAt;
      } catch {
        /* not listening yet */
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  })();
  return { child, ready };
}

async function stopServer(child: ChildProcess) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill("SIGTERM");
  await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
}

/** A process and all its descendants (the cluster's web processes). */
function treePids(rootPid: number): number[] {
  const parents = new Map<number, number>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // The parent pid is the field after "(comm)", which may itself hold spaces.
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]));
    } catch {
      /* exited meanwhile */
    }
  }
  const pids = [rootPid];
  for (let i = 0; i < pids.length; i++) for (const [child, parent] of parents) if (parent === pids[i]) pids.push(child);
  return pids;
}

/** Resident memory of a process and all its descendants, in MB. */
function treeRssMb(rootPid: number): number {
  let kb = 0;
  for (const pid of treePids(rootPid)) {
    try {
      kb += Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0);
    } catch {
      /* exited meanwhile */
    }
  }
  return kb / 1024;
}

/** CPU time (user + system) the server tree has used so far, in ms. */
function treeCpuMs(rootPid: number): number {
  const ticksPerSecond = 100; // Linux's USER_HZ
  let ticks = 0;
  for (const pid of treePids(rootPid)) {
    try {
      const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]!.split(" ");
      ticks += Number(fields[11]) + Number(fields[12]); // utime, stime (14th and 15th fields)
    } catch {
      /* exited meanwhile */
    }
  }
  return (ticks * 1000) / ticksPerSecond;
}

/**
 * Runs the load while sampling the server tree's RSS; returns the figures, the peak and the
 * server's CPU per request — the figure least moved by other work on a shared machine.
 */
async function measured(generator: LoadGenerator, url: string, options: { connections: number; seconds: number; cookie?: string }, pid: number) {
  let peakRss = treeRssMb(pid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, treeRssMb(pid))), 250);
  const cpuBefore = treeCpuMs(pid);
  try {
    const result = await generator.run(url, options);
    return { ...result, peakRss, cpuPerRequest: (treeCpuMs(pid) - cpuBefore) / Math.max(1, result.requests) };
  } finally {
    clearInterval(sampler);
  }
}

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const PAGES = [
  ["/dashboard", "/dashboard"],
  ["/applications", "/applications"],
  ["/applications?q=remote&status=applied", "/applications (filtered search)"],
  ["/search?q=nor", "/search"],
  ["/contacts", "/contacts"],
  ["/follow-ups", "/follow-ups"],
  ["/notifications", "/notifications"],
  ["/letters", "/letters"],
] as const;

/**
 * WEB_CONCURRENCY=1 against 2 on /dashboard (and the /login floor), each server pinned to as many
 * CPUs as it has processes, so that one process cannot borrow the second core: the nearest this
 * 2-core machine comes to "a machine with a core per process". wrk and PostgreSQL are not pinned.
 */
async function benchConcurrency() {
  const generator = loadGenerator();
  const figures: Record<number, { dashboard: LoadResult; login: LoadResult; peakRss: number }> = {};
  for (const concurrency of [1, 2]) {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const cpus = concurrency === 1 ? "0" : "0,1";
    const { child, ready } = startServer(port, { concurrency, cpus });
    try {
      await ready;
      const cookie = await signInAsBenchUser(base);
      // Warm every process (each compiles its routes on first use).
      await generator.run(`${base}/dashboard`, { connections: 4, seconds: 3, cookie });
      const dashboard = await measured(generator, `${base}/dashboard`, { connections: 10, seconds: SECONDS, cookie }, child.pid!);
      const login = await measured(generator, `${base}/login`, { connections: 10, seconds: SECONDS }, child.pid!);
      figures[concurrency] = { dashboard, login, peakRss: Math.max(dashboard.peakRss, login.peakRss) };
      report(
        `- WEB_CONCURRENCY=${concurrency} (server pinned to CPU ${cpus}): /dashboard ${dashboard.rps.toFixed(0)} req/s, p50 ${ms(dashboard.p50)} ms; ` +
          `/login ${login.rps.toFixed(0)} req/s; peak RSS of the tree ${figures[concurrency].peakRss.toFixed(0)} MB  ` +
          `(taskset -c ${cpus} npm run serve; ${generator.name} -c 10 -d ${SECONDS}s)`,
      );
    } finally {
      await stopServer(child);
    }
  }
  const gain = (key: "dashboard" | "login") => (figures[2]![key].rps / figures[1]![key].rps).toFixed(2);
  report(`- 2 processes vs 1: /dashboard ${gain("dashboard")} ×, /login ${gain("login")} × (target ≥ 1.6 × where the cores exist)`);
}

const ms = (value: number) => (value < 10 ? value.toFixed(1) : value.toFixed(0));
/** p50 and p99 of a result, or a dash when no request finished. */
const latency = (r: LoadResult) => (r.requests > 0 ? `p50 ${ms(r.p50)} ms, p99 ${ms(r.p99)} ms` : "no request finished");

/** Seeds the bench data set unless the heavy user is already there (a fresh clone has none). */
async function ensureBenchData() {
  const { db } = await import("../lib/db");
  try {
    if (await db.user.count({ where: { email: BENCH_EMAIL } })) return;
  } finally {
    await db.$disconnect();
  }
  console.log("▸ No bench user yet: seeding the data set (bench/seed.ts, about a minute)");
  await run("npx", ["--no-install", "tsx", "bench/seed.ts"], { env: process.env });
}

async function main() {
  loadDotEnv();
  const database = await openAppDatabase();
  const stamp = new Date().toISOString();
  report(`\n## ${stamp} — ${os.cpus().length} × ${os.cpus()[0]?.model.trim()}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`);
  // What was different about this run (the commit, a quiet machine, NODE_OPTIONS…), for the record.
  if (process.env.BENCH_NOTE) report(`- note: ${process.env.BENCH_NOTE}`);
  let server: ChildProcess | undefined;
  try {
    if (!existsSync(".next/BUILD_ID") || process.env.BENCH_BUILD === "1") {
      const started = Date.now();
      await run("npm", ["run", "build"], { env: { ...process.env, NODE_ENV: "production" } });
      report(`- production build: ${((Date.now() - started) / 1000).toFixed(1)} s  (\`npm run build\`)`);
    }
    await ensureBenchData();
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const started = startServer(port);
    server = started.child;
    const listening = await started.ready;
    const coldStart = Date.now();
    const cookie = await signInAsBenchUser(base);
    const firstPage = await fetch(`${base}/dashboard`, { headers: { cookie } });
    if (wants("cold")) {
      report(`- cold start to first signed-in 200: ${listening + (Date.now() - coldStart)} ms (health ${listening} ms, then sign-in + /dashboard ${firstPage.status})  (\`npm run serve\`, fresh process)`);
    }
    report(`- server RSS at rest: ${treeRssMb(server.pid!).toFixed(0)} MB (WEB_CONCURRENCY=${process.env.WEB_CONCURRENCY ?? 1})`);
    report(`- machine load before the run: ${os.loadavg().map((n) => n.toFixed(2)).join(", ")} (1, 5, 15 min)`);

    if (wants("http")) {
      const generator = loadGenerator();
      const command = (c: number, path: string, signedIn = true) =>
        generator.name === "wrk" ? `wrk --latency -c ${c} -d ${SECONDS}s${signedIn ? " -H 'Cookie: …'" : ""} ${path}` : `autocannon -c ${c} -d ${SECONDS} ${path}`;
      let peak = 0;
      const at = async (path: string, connections: number, signedIn = true) => {
        const result = await measured(generator, `${base}${path}`, { connections, seconds: SECONDS, cookie: signedIn ? cookie : undefined }, server!.pid!);
        peak = Math.max(peak, result.peakRss);
        return result;
      };
      // A fresh server compiles each route on its first requests: warm them all before measuring.
      await generator.run(`${base}/login`, { connections: 2, seconds: 2 });
      for (const [path] of PAGES) await generator.run(`${base}${path}`, { connections: 2, seconds: 2, cookie });
      // The floor: the signed-out /login page, measured before and after the signed-in pages so
      // that a change in the machine's load during the run shows.
      const floorBefore = await at("/login", 10, false);
      const floorAlone = await at("/login", 1, false);
      type Measured = Awaited<ReturnType<typeof at>>;
      const rows: { path: string; label: string; busy: Measured; alone: Measured }[] = [];
      for (const [path, label] of PAGES) rows.push({ path, label, busy: await at(path, 10), alone: await at(path, 1) });
      const floorAfter = await at("/login", 10, false);
      const floor = (floorBefore.rps + floorAfter.rps) / 2;
      report(
        `- /login signed out (the floor): ${floorBefore.rps.toFixed(0)} req/s before the pages, ${floorAfter.rps.toFixed(0)} after, ` +
          `${latency(floorBefore)} at 10 connections, server CPU ${ms(floorBefore.cpuPerRequest)} ms/request; alone ${latency(floorAlone)}  (${command(10, "/login", false)}; ${generator.name})`,
      );
      for (const { path, label, busy, alone } of rows) {
        const failures = busy.non2xx + alone.non2xx;
        report(
          `- ${label}: ${(busy.rps / floor).toFixed(2)} × /login — 10 connections ${busy.rps.toFixed(0)} req/s, ${latency(busy)}, server CPU ${ms(busy.cpuPerRequest)} ms/request; ` +
            `1 connection ${alone.rps.toFixed(0)} req/s, ${latency(alone)}` +
            `${failures ? `; ${failures} non-2xx/errors` : ""}  (${command(10, path)} and -c 1, heavy user)`,
        );
      }
      report(`- peak RSS of the server process tree over the run: ${peak.toFixed(0)} MB (WEB_CONCURRENCY=${process.env.WEB_CONCURRENCY ?? 1})`);
      report(`- machine load after the run: ${os.loadavg().map((n) => n.toFixed(2)).join(", ")} (1, 5, 15 min)`);
    }

    if (wants("html")) {
      // The form pages of a heavy user should weigh what a light user's do (QUALITY.md).
      const lightCookie = await signInAsBenchUser(base, LIGHT_BENCH_EMAIL);
      const firstApplication = async (userCookie: string) => {
        const html = await (await fetch(`${base}/applications`, { headers: { cookie: userCookie } })).text();
        return /href="\/applications\/([0-9a-f-]{36})"/.exec(html)?.[1];
      };
      const weigh = async (path: string, userCookie: string) => {
        const response = await fetch(`${base}${path}`, { headers: { cookie: userCookie } });
        const body = Buffer.from(await response.arrayBuffer());
        return `${(body.length / 1024).toFixed(0)} kB (${(gzipSync(body).length / 1024).toFixed(0)} kB gzipped, HTTP ${response.status})`;
      };
      const heavyApplication = await firstApplication(cookie);
      const lightApplication = await firstApplication(lightCookie);
      for (const [label, heavyPath, lightPath] of [
        ["/applications/new", "/applications/new", "/applications/new"],
        ["an application's page", `/applications/${heavyApplication}`, `/applications/${lightApplication}`],
        ["/follow-ups", "/follow-ups", "/follow-ups"],
        ["/follow-ups/new", "/follow-ups/new", "/follow-ups/new"],
      ] as const) {
        report(`- HTML of ${label}: heavy user ${await weigh(heavyPath, cookie)}, light user ${await weigh(lightPath, lightCookie)}  (GET, document only)`);
      }
    }

    if (wants("scale")) await benchConcurrency();

    if (wants("js")) {
      const browser = await chromium.launch({
        executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
        args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
      });
      const [name, value] = cookie.split("=");
      // QUALITY.md's budgets: the dashboard ≤ 160 kB, any other page ≤ 180 kB.
      const budgetKb = (path: string) => (path === "/dashboard" ? 160 : 180);
      const pages = ["/login", "/dashboard", "/applications", "/applications/new", "/board", "/contacts", "/contacts/new", "/follow-ups", "/follow-ups/new", "/letters", "/inbox", "/import", "/insights", "/settings"];
      for (const path of pages) {
        const context = await browser.newContext();
        // /login is measured signed out (signed in, it is the dashboard).
        if (path !== "/login") await context.addCookies([{ name: name!, value: value!, url: base }]);
        const page = await context.newPage();
        const client = await context.newCDPSession(page);
        await client.send("Network.enable");
        let scriptBytes = 0;
        const scriptRequests = new Set<string>();
        client.on("Network.responseReceived", (event) => {
          if (event.type === "Script") scriptRequests.add(event.requestId);
        });
        client.on("Network.loadingFinished", (event) => {
          if (scriptRequests.has(event.requestId)) scriptBytes += event.encodedDataLength;
        });
        const response = await page.goto(`${base}${path}`, { waitUntil: "networkidle" });
        const kb = scriptBytes / 1024;
        const verdict = kb <= budgetKb(path) ? "within" : "OVER";
        report(`- JS on a cold load of ${path}: ${kb.toFixed(0)} kB compressed over the wire, ${verdict} the ${budgetKb(path)} kB budget (HTTP ${response?.status()})  (Chromium, CDP encodedDataLength)`);
        await context.close();
      }
      await browser.close();
    }

    if (wants("reminders") && existsSync("bench/reminders.ts")) {
      await runRecorded("bench/reminders.ts");
    }
    if (wants("import") && existsSync("bench/import.ts")) {
      await runRecorded("bench/import.ts");
    }
    // The inbox classifier's precision and recall per class on the labelled corpus (issue 15).
    if (wants("inbox")) await runRecorded("bench/inbox-classify.ts");
  } finally {
    if (server) await stopServer(server);
    await database.stop();
    appendFileSync("bench/RESULTS.md", results.join("\n") + "\n");
    console.log("\nAppended to bench/RESULTS.md");
  }
}

main().catch((error) => {
  console.error(`✖ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
