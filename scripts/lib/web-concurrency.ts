import { wholeNumberSetting } from "./whole-number-setting";

/**
 * WEB_CONCURRENCY: how many web processes `npm start` (scripts/serve.ts) runs on the one port.
 * Unset or empty: 1 — each process holds its own copy of the app (~170 MB at rest, ~400 MB under
 * load), so more is a choice for machines with the cores and memory for it.
 */
export const MAX_WEB_CONCURRENCY = 64;

export function parseWebConcurrency(raw: string | undefined): number {
  return wholeNumberSetting(raw, {
    fallback: 1,
    min: 1,
    max: MAX_WEB_CONCURRENCY,
    rule: `WEB_CONCURRENCY must be a whole number of web processes from 1 to ${MAX_WEB_CONCURRENCY} (default 1)`,
  });
}
