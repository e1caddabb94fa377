import type { ApplicationListQuery } from "@/lib/validation/application";

const DEFAULTS: Partial<Record<keyof ApplicationListQuery, string>> = { sort: "lastActivity", dir: "desc", page: "1" };

/** The /applications URL for a filter state, leaving defaults out so links stay short. */
export function applicationsUrl(query: Partial<ApplicationListQuery>, change: Partial<ApplicationListQuery> = {}) {
  const merged = { ...query, ...change };
  const params = new URLSearchParams();
  for (const key of ["q", "status", "tag", "sort", "dir", "page"] as const) {
    const value = merged[key];
    if (value === undefined || value === null || value === "" || String(value) === DEFAULTS[key]) continue;
    params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `/applications?${search}` : "/applications";
}
