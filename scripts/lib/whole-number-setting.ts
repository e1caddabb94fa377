/**
 * A whole-number setting from the environment (WEB_CONCURRENCY, WEB_MEMORY_MB, PAGE_CACHE_MB):
 * `fallback` when unset or blank, else a whole number from `min` to `max`; anything else throws
 * `rule` with the value given, so the server stops at start-up naming the variable.
 */
export function wholeNumberSetting(raw: string | undefined, { fallback, min, max = Number.MAX_SAFE_INTEGER, rule }: { fallback: number; min: number; max?: number; rule: string }): number {
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw.trim());
  if (!Number.isInteger(value) || value < min || value > max) throw new Error(`${rule}, not "${raw}".`);
  return value;
}
