/**
 * The load generator of `npm run bench`: wrk (Debian's package, a C program whose client costs the
 * server little of the shared CPU) when present, installed with apt as root like the test runner's
 * Chromium (scripts/lib/chromium.ts); autocannon (in-process, on the same cores) otherwise.
 */
import autocannon from "autocannon";
import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import { promisify } from "node:util";
import { aptInstall } from "../scripts/lib/debian-package";

const DEBIAN_WRK = "/usr/bin/wrk";

export type LoadResult = { rps: number; p50: number; p99: number; requests: number; non2xx: number };
export type LoadGenerator = { name: "wrk" | "autocannon"; run: (url: string, options: LoadOptions) => Promise<LoadResult> };
type LoadOptions = { connections: number; seconds: number; cookie?: string };

function findWrk(): string | undefined {
  if (process.env.WRK_PATH && existsSync(process.env.WRK_PATH)) return process.env.WRK_PATH;
  if (existsSync(DEBIAN_WRK)) return DEBIAN_WRK;
  if (process.getuid?.() === 0) console.log("▸ wrk is missing: installing Debian's wrk with apt-get");
  if (aptInstall("wrk", DEBIAN_WRK)) return DEBIAN_WRK;
  return undefined;
}

/** Milliseconds from one of wrk's durations ("812.00us", "1.02s", "38.12ms", "2.00m"). */
export function wrkMilliseconds(value: string): number {
  const match = /^([\d.]+)(us|ms|s|m)$/.exec(value.trim());
  if (!match) throw new Error(`Unreadable wrk duration: ${value}`);
  const scale = { us: 0.001, ms: 1, s: 1000, m: 60_000 }[match[2] as "us" | "ms" | "s" | "m"];
  return Number(match[1]) * scale;
}

/** The figures of a `wrk --latency` report. */
export function parseWrk(output: string): LoadResult {
  const percentile = (p: string) => {
    const match = new RegExp(`^\\s*${p}%\\s+(\\S+)`, "m").exec(output);
    if (!match) throw new Error(`No ${p}th percentile in wrk's output:\n${output}`);
    return wrkMilliseconds(match[1]!);
  };
  const rps = Number(/Requests\/sec:\s+([\d.]+)/.exec(output)?.[1]);
  const requests = Number(/(\d+) requests in/.exec(output)?.[1]);
  const non2xx = Number(/Non-2xx or 3xx responses:\s+(\d+)/.exec(output)?.[1] ?? 0);
  const errors = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(output);
  const socketErrors = errors ? errors.slice(1).reduce((sum, n) => sum + Number(n), 0) : 0;
  if (!Number.isFinite(rps)) throw new Error(`No Requests/sec in wrk's output:\n${output}`);
  return { rps, p50: percentile("50"), p99: percentile("99"), requests, non2xx: non2xx + socketErrors };
}

function wrkGenerator(wrk: string): LoadGenerator {
  return {
    name: "wrk",
    async run(url, { connections, seconds, cookie }) {
      // A long timeout: on a loaded machine a slow answer is a figure, not an error.
      const args = ["--latency", "--timeout", "30s", "-t", String(Math.min(connections, 2)), "-c", String(connections), "-d", `${seconds}s`];
      if (cookie) args.push("-H", `Cookie: ${cookie}`);
      const { stdout } = await promisify(execFile)(wrk, [...args, url]);
      return parseWrk(stdout);
    },
  };
}

const autocannonGenerator: LoadGenerator = {
  name: "autocannon",
  async run(url, { connections, seconds, cookie }) {
    const result = await autocannon({ url, connections, duration: seconds, headers: cookie ? { cookie } : {} });
    return {
      rps: result.requests.average,
      p50: result.latency.p50,
      p99: result.latency.p99,
      requests: result.requests.total,
      non2xx: result.non2xx + result.errors,
    };
  },
};

export function loadGenerator(): LoadGenerator {
  const wrk = findWrk();
  if (wrk) return wrkGenerator(wrk);
  console.log(
    "▸ Note: wrk is not installed (Debian: apt-get install wrk), so autocannon generates the load. It runs in Node on the " +
      "same cores as the server and takes a large share of their CPU: its req/s understate the server. Compare ratios within one run.",
  );
  return autocannonGenerator;
}
