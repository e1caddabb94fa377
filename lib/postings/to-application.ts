import type { Posting } from "./read-posting";

/** What the application form starts from when a posting was clipped: strings, as the form posts them. */
export type ClippedApplicationValues = {
  company?: string;
  role?: string;
  status: "wishlist";
  postingUrl?: string;
  location?: string;
  workMode?: string;
  salaryRange?: string;
  source?: string;
  postingDescription?: string;
};

// The form's own limits, so a clipped value never fails validation only for its length.
const LIMITS = { company: 200, role: 200, location: 200, salaryRange: 100, source: 100, postingUrl: 2048, postingDescription: 50_000 } as const;

export function postingToApplicationValues(posting: Posting, pageUrl: string | null): ClippedApplicationValues {
  const url = posting.url ?? pageUrl;
  const host = url ? new URL(url).hostname.replace(/^www\./, "") : undefined;
  const values: ClippedApplicationValues = {
    status: "wishlist",
    company: posting.company ?? undefined,
    role: posting.title ?? undefined,
    postingUrl: url ?? undefined,
    location: posting.location ?? undefined,
    workMode: posting.workMode ?? undefined,
    salaryRange: posting.salary ?? undefined,
    source: host,
    postingDescription: posting.description ?? undefined,
  };
  for (const [key, limit] of Object.entries(LIMITS) as [keyof typeof LIMITS, number][]) {
    const value = values[key];
    if (value && value.length > limit) values[key] = key === "postingUrl" ? undefined : value.slice(0, limit);
  }
  return values;
}
