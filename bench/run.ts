/**
 * `npm run bench`: the performance figures of QUALITY.md against a production build.
 * Needs the bench data set (`npm run bench:seed`). Prints each figure with the command that
 * produced it and appends the run to bench/RESULTS.md.
 *
 *   npm run bench                 all benchmarks
 *   npm run bench -- http js      only some: http (latency, req/s, RSS), js (bytes per route),
 *                                 cold (cold start), reminders, import
 *   BENCH_NOTE="…" npm run bench  records a note with the run (what was different about it)
 */
import autocannon from "autocannon";
import { spawn, type ChildProcess } from "node:child_process";
import { appendFileSync, existsSync, readFileSync } from "node:fs";
import os from "node:os";
import { chromium } from "@playwright/test";
import { openAppDatabase } from "../scripts/lib/database";
import { freePort } from "../scripts/lib/embedded-postgres";
import { loadDotEnv } from "../scripts/lib/local-config";
import { run } from "../scripts/lib/run";
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

function startServer(port: number): { child: ChildProcess; ready: Promise<number> } {
  const startedAt = Date.now();
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: { ...process.env, NODE_ENV: "production", AUTH_TRUST_HOST: "true" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  const ready = (async () => {
    for (;;) {
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

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}


async function load(url: string, cookie: string, pid: number) {
  let peakRss = rssMb(pid);
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, rssMb(pid))), 100);
  const result = await autocannon({ url, connections: 10, duration: 20, headers: { cookie } });
  clearInterval(sampler);
  const non2xx = result.non2xx + result.errors;
  return { p50: result.latency.p50, p99: result.latency.p99, rps: result.requests.average, peakRss, non2xx };
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
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const started = startServer(port);
    server = started.child;
    const listening = await started.ready;
    const coldStart = Date.now();
    const cookie = await signInAsBenchUser(base);
    const firstPage = await fetch(`${base}/dashboard`, { headers: { cookie } });
    if (wants("cold")) {
      report(`- cold start to first signed-in 200: ${listening + (Date.now() - coldStart)} ms (health ${listening} ms, then sign-in + /dashboard ${firstPage.status})  (\`next start\`, fresh process)`);
    }
    report(`- server RSS at rest: ${rssMb(server.pid!).toFixed(0)} MB`);

    if (wants("http")) {
      const targets = [
        ["/dashboard", "/dashboard"],
        ["/applications", "/applications"],
        ["/applications?q=remote&status=applied", "/applications (filtered search)"],
        ["/search?q=nor", "/search"],
      ] as const;
      let peak = 0;
      for (const [path, label] of targets) {
        const r = await load(`${base}${path}`, cookie, server.pid!);
        peak = Math.max(peak, r.peakRss);
        report(
          `- ${label}: p50 ${r.p50} ms, p99 ${r.p99} ms, ${r.rps.toFixed(0)} req/s, peak RSS ${r.peakRss.toFixed(0)} MB` +
            `${r.non2xx ? `, ${r.non2xx} non-2xx/errors` : ""}  (autocannon -c 10 -d 20 ${path}, signed in as the heavy user)`,
        );
      }
      report(`- peak server RSS under load: ${peak.toFixed(0)} MB`);
    }

    if (wants("js")) {
      const browser = await chromium.launch({
        executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined,
        args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
      });
      const [name, value] = cookie.split("=");
      for (const path of ["/login", "/dashboard", "/applications", "/board", "/contacts", "/follow-ups", "/letters", "/insights", "/settings"]) {
        const context = await browser.newContext();
        await context.addCookies([{ name: name!, value: value!, url: base }]);
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
        report(`- JS on a cold load of ${path}: ${(scriptBytes / 1024).toFixed(0)} kB compressed over the wire (HTTP ${response?.status()})  (Chromium, CDP encodedDataLength)`);
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
  } finally {
    server?.kill("SIGTERM");
    await database.stop();
    appendFileSync("bench/RESULTS.md", results.join("\n") + "\n");
    console.log("\nAppended to bench/RESULTS.md");
  }
}

main().catch((error) => {
  console.error(`✖ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
