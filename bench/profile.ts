/**
 * `npx tsx bench/profile.ts /applications [seconds]`: where a page's server CPU goes.
 * Starts `next start` under V8's CPU profiler against the bench data set (DATABASE_URL or the
 * embedded database), loads one signed-in page with autocannon, then prints self time grouped
 * by package and the hottest functions, over the measured load only. The raw .cpuprofile is kept for Chrome DevTools.
 */
import autocannon from "autocannon";
import { spawn } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { openAppDatabase } from "../scripts/lib/database";
import { freePort } from "../scripts/lib/embedded-postgres";
import { loadDotEnv } from "../scripts/lib/local-config";
import { signInAsBenchUser } from "./sign-in";

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number }; children?: number[] };
type Profile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };

const target = process.argv[2] ?? "/applications";
const seconds = Number(process.argv[3] ?? 10);

function packageOf(url: string): string {
  if (!url) return "(native / idle / gc)";
  const modules = url.lastIndexOf("node_modules/");
  if (modules >= 0) {
    const rest = url.slice(modules + "node_modules/".length).split("/");
    return rest[0]!.startsWith("@") ? `${rest[0]}/${rest[1]}` : rest[0]!;
  }
  if (url.includes("/.next/server/chunks/") || url.includes("/.next/server/app/")) return "(app bundle)";
  if (url.startsWith("node:")) return "(node core)";
  return url.replace(/^file:\/\//, "");
}


async function main() {
  loadDotEnv();
  const database = await openAppDatabase();
  const port = await freePort();
  const profileDir = mkdtempSync(path.join(os.tmpdir(), "bridges-profile-"));
  const spawnedAt = Date.now();
  const server = spawn(process.execPath, ["--cpu-prof", `--cpu-prof-dir=${profileDir}`, "node_modules/next/dist/bin/next", "start", "-p", String(port)], {
    env: { ...process.env, NODE_ENV: "production", AUTH_TRUST_HOST: "true" },
    stdio: ["ignore", "inherit", "inherit"],
  });
  const base = `http://127.0.0.1:${port}`;
  for (;;) {
    const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const cookie = await signInAsBenchUser(base);
  // Warm up (JIT, caches) before measuring.
  await autocannon({ url: `${base}${target}`, connections: 10, duration: 3, headers: { cookie } });
  // Only the measured load counts: start-up, sign-in and warm-up are left out of the figures below.
  const window = { from: (Date.now() - spawnedAt) * 1000, to: 0 };
  const result = await autocannon({ url: `${base}${target}`, connections: 10, duration: seconds, headers: { cookie } });
  window.to = (Date.now() - spawnedAt) * 1000;
  console.log(`${target}: ${result.requests.average} req/s, p50 ${result.latency.p50} ms, non-2xx ${result.non2xx}`);

  await new Promise<void>((resolve) => {
    server.on("exit", () => resolve());
    server.kill("SIGINT");
  });
  await database.stop();

  const file = readdirSync(profileDir).find((name) => name.endsWith(".cpuprofile"));
  if (!file) throw new Error("no profile written");
  const profile = JSON.parse(readFileSync(path.join(profileDir, file), "utf8")) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  // Sample times, from the profile's start (the server's start, within a few milliseconds).
  let elapsed = 0;
  const measured = profile.timeDeltas.map((delta) => {
    elapsed += delta;
    return elapsed >= window.from && elapsed <= window.to;
  });
  const selfTime = new Map<number, number>();
  profile.samples.forEach((id, index) => {
    if (measured[index]) selfTime.set(id, (selfTime.get(id) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });

  const total = [...selfTime.values()].reduce((a, b) => a + b, 0);
  const byPackage = new Map<string, number>();
  const byFunction = new Map<string, number>();
  for (const [id, micros] of selfTime) {
    const node = byId.get(id)!;
    const name = node.callFrame.functionName || "(anonymous)";
    if (name === "(idle)" || name === "(program)" || name === "(garbage collector)") {
      byPackage.set(name, (byPackage.get(name) ?? 0) + micros);
      continue;
    }
    const pkg = packageOf(node.callFrame.url);
    byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + micros);
    const key = `${name} ${pkg}:${node.callFrame.lineNumber}`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + micros);
  }
  // Inclusive time: every function on a sample's stack is charged once for that sample.
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parent.set(child, node.id);
  const inclusive = new Map<string, number>();
  const packageInclusive = new Map<string, number>();
  profile.samples.forEach((sampleId, index) => {
    if (!measured[index]) return;
    const seen = new Set<string>();
    const packages = new Set<string>();
    for (let id: number | undefined = sampleId; id !== undefined; id = parent.get(id)) {
      const frame = byId.get(id)!.callFrame;
      if (frame.url) packages.add(packageOf(frame.url));
      if (!frame.functionName || frame.url.includes("node_modules") || frame.url.startsWith("node:") || !frame.url) continue;
      seen.add(`${frame.functionName} ${packageOf(frame.url)}:${frame.lineNumber}`);
    }
    for (const key of seen) inclusive.set(key, (inclusive.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0));
    for (const key of packages) packageInclusive.set(key, (packageInclusive.get(key) ?? 0) + (profile.timeDeltas[index] ?? 0));
  });
  const show = (map: Map<string, number>, limit: number) =>
    [...map.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .forEach(([key, micros]) => console.log(`${((100 * micros) / total).toFixed(1).padStart(5)}%  ${key}`));
  console.log(`\nSelf time by package (${(total / 1e6).toFixed(1)} s sampled):`);
  show(byPackage, 20);
  console.log("\nPackages, inclusive (time with the package anywhere on the stack):");
  show(packageInclusive, 15);
  console.log("\nHottest functions:");
  show(byFunction, 30);
  console.log("\nApp functions, inclusive (readable with BRIDGES_PROFILE_UNMINIFIED=1 builds):");
  show(inclusive, 40);
  console.log(`\nProfile: ${path.join(profileDir, file)} (open in Chrome DevTools → Performance)`);
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
