import { wholeNumberSetting } from "./whole-number-setting";

/**
 * PAGE_CACHE_MB: memory each web process may use to serve signed-in pages again while nothing on
 * them changed (lib/page-cache, docs/decisions/0022-page-cache.md). Unset or empty: 16. 0 turns it off.
 */
export const DEFAULT_PAGE_CACHE_MB = 16;

export function parsePageCacheBytes(raw: string | undefined): number {
  const megabytes = wholeNumberSetting(raw, {
    fallback: DEFAULT_PAGE_CACHE_MB,
    min: 0,
    max: 4096,
    rule: `PAGE_CACHE_MB must be a whole number of megabytes from 0 (off) to 4096 (default ${DEFAULT_PAGE_CACHE_MB})`,
  });
  return megabytes * 1024 * 1024;
}
