import { readPosting } from "../../lib/postings/read-posting";
import { postingToApplicationValues, type ClippedApplicationValues } from "../../lib/postings/to-application";

// What the popup shows and sends: the posting read by the app's own reader (lib/postings), with
// the four fields the user may change before saving.

export const CLIP_STATUSES = [
  { value: "wishlist", label: "Wishlist" },
  { value: "applied", label: "Applied" },
] as const;
export type ClipStatus = (typeof CLIP_STATUSES)[number]["value"];
export type ClipForm = { company: string; role: string; status: ClipStatus; tags: string };

export type Clip = { values: ClippedApplicationValues; form: ClipForm };

/** A page's snapshot → what was read from it, and the form's starting values. */
export function clipFrom(snapshot: { url: string; html: string }): Clip {
  const values = postingToApplicationValues(readPosting(snapshot.html, snapshot.url), snapshot.url);
  return { values, form: { company: values.company ?? "", role: values.role ?? "", status: "wishlist", tags: "" } };
}

/**
 * The body of POST /api/v1/applications. An application marked Applied from the popup was sent
 * today (the user's local day); tags go as the list the API takes.
 */
export function applicationBody(clip: Clip, form: ClipForm, today: Date = new Date()): Record<string, unknown> {
  const tags = form.tags.split(",").map((tag) => tag.trim()).filter(Boolean);
  return {
    ...clip.values,
    company: form.company.trim(),
    role: form.role.trim(),
    status: form.status,
    ...(form.status === "applied" ? { appliedOn: localDay(today) } : {}),
    ...(tags.length > 0 ? { tags } : {}),
  };
}

function localDay(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
