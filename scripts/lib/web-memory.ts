import { wholeNumberSetting } from "./whole-number-setting";

/**
 * WEB_MEMORY_MB: the JavaScript heap (V8's old space) of each web process `npm start` runs.
 * Node's own limit grows with the machine's memory (gigabytes here), so under load a process
 * collected late and peaked at ~720 MB RSS; at 256 MB it peaks near 360 MB with the same
 * throughput (bench/RESULTS.md, docs/decisions/0021). A heap size in NODE_OPTIONS wins.
 */
export const DEFAULT_WEB_MEMORY_MB = 256;
const MIN_WEB_MEMORY_MB = 128;

export function parseWebMemory(raw: string | undefined): number {
  return wholeNumberSetting(raw, {
    fallback: DEFAULT_WEB_MEMORY_MB,
    min: MIN_WEB_MEMORY_MB,
    rule: `WEB_MEMORY_MB must be a whole number of megabytes, at least ${MIN_WEB_MEMORY_MB} (default ${DEFAULT_WEB_MEMORY_MB})`,
  });
}

/** The Node flags a web process starts with: the heap cap, unless NODE_OPTIONS sets one. */
export function webProcessNodeFlags(env: Record<string, string | undefined>): string[] {
  if (/--max-old-space-size/.test(env.NODE_OPTIONS ?? "")) return [];
  return [`--max-old-space-size=${parseWebMemory(env.WEB_MEMORY_MB)}`];
}
