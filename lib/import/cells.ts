// Lenient readers for what people type in spreadsheets. Each returns the canonical form, or the
// text unchanged when it cannot tell, so that the row schema reports it with a clear message.
import { APPLICATION_STATUSES } from "../validation/application";
import { CONTACT_ROLES } from "../validation/contact";
import { normaliseHeader } from "./guess-mapping";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const pad = (n: number) => String(n).padStart(2, "0");
const iso = (year: number, month: number, day: number) => `${year}-${pad(month)}-${pad(day)}`;

function monthNumber(name: string): number | null {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index >= 0 ? index + 1 : null;
}

/**
 * "2026-11-26", "2026/11/26", "2026-11-26T09:00:00Z", "26 Nov 2026", "26 November 2026",
 * "Nov 26, 2026" and "26.11.2026" → "2026-11-26". Slashed day/month orders are ambiguous
 * (03/04 is March or April) and are left for the schema to refuse.
 */
export function normaliseDate(value: string): string {
  const text = value.trim();
  let match = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})(?:[T ].*)?$/.exec(text);
  if (match) return iso(Number(match[1]), Number(match[2]), Number(match[3]));
  match = /^(\d{1,2})[\s-]([A-Za-z]{3,9})\.?[\s-](\d{4})$/.exec(text);
  if (match && monthNumber(match[2]!)) return iso(Number(match[3]), monthNumber(match[2]!)!, Number(match[1]));
  match = /^([A-Za-z]{3,9})\.?\s(\d{1,2}),?\s(\d{4})$/.exec(text);
  if (match && monthNumber(match[1]!)) return iso(Number(match[3]), monthNumber(match[1]!)!, Number(match[2]));
  match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (match) return iso(Number(match[3]), Number(match[2]), Number(match[1]));
  return text;
}

const STATUS_SYNONYMS: Record<string, string> = {
  wishlist: "wishlist", wish: "wishlist", saved: "wishlist", bookmarked: "wishlist", interested: "wishlist", todo: "wishlist",
  applied: "applied", sent: "applied", submitted: "applied", application: "applied",
  screening: "screening", screen: "screening", phonescreen: "screening", recruitercall: "screening", inreview: "screening",
  interviewing: "interviewing", interview: "interviewing", interviews: "interviewing", onsite: "interviewing", technical: "interviewing",
  offer: "offer", offered: "offer", offerreceived: "offer",
  accepted: "accepted", hired: "accepted", acceptedoffer: "accepted",
  rejected: "rejected", rejection: "rejected", declined: "rejected", notselected: "rejected", turneddown: "rejected",
  withdrawn: "withdrawn", withdrew: "withdrawn",
  ghosted: "ghosted", noresponse: "ghosted", noreply: "ghosted",
};

export function normaliseStatus(value: string): string {
  const key = normaliseHeader(value);
  return STATUS_SYNONYMS[key] ?? (APPLICATION_STATUSES.find((status) => normaliseHeader(status) === key) || value.trim());
}

export function normaliseWorkMode(value: string): string {
  const key = normaliseHeader(value);
  if (["remote", "fullyremote", "wfh", "yes", "true"].includes(key)) return "remote";
  if (["onsite", "office", "inoffice", "inperson", "no", "false"].includes(key)) return "onsite";
  if (["hybrid", "partlyremote"].includes(key)) return "hybrid";
  return value.trim();
}

export function normalisePriority(value: string): number | string {
  const key = normaliseHeader(value);
  const named: Record<string, number> = { high: 1, "1": 1, normal: 2, medium: 2, "2": 2, low: 3, "3": 3 };
  return named[key] ?? value.trim();
}

export function normaliseContactRole(value: string): string {
  const key = normaliseHeader(value);
  const synonyms: Record<string, string> = { hiringmanager: "hiring_manager", manager: "hiring_manager", hr: "recruiter", talent: "recruiter", colleague: "peer", friend: "peer" };
  return synonyms[key] ?? (CONTACT_ROLES.find((role) => normaliseHeader(role) === key) || value.trim());
}

/** A whole number of days, or the text unchanged (the schema then says what it expects). */
export function normaliseWholeNumber(value: string): number | string {
  const text = value.trim();
  return /^\d{1,4}$/.test(text) ? Number(text) : text;
}
