// Lenient readers for what people type in spreadsheets. Each returns the canonical form, or the
// text unchanged when it cannot tell, so that the row schema reports it with a clear message.
import { format, isValid, parse } from "date-fns";
import { APPLICATION_STATUSES } from "../validation/application";
import { CONTACT_ROLES } from "../validation/contact";
import { normaliseHeader } from "./guess-mapping";

/** How a slashed date like 03/04/2026 is read: the browser's locale says which part is the month. */
export type SlashedDateOrder = "month-first" | "day-first" | null;

/** "en-US" → month-first, "en-GB" / "de" / "fr" → day-first; year-first or unknown → null. */
export function slashedDateOrder(locale: string | null | undefined): SlashedDateOrder {
  if (!locale) return null;
  try {
    const parts = new Intl.DateTimeFormat(locale, { year: "numeric", month: "2-digit", day: "2-digit", timeZone: "UTC" }).formatToParts(Date.UTC(2026, 10, 18));
    const order = parts.filter((part) => part.type === "day" || part.type === "month" || part.type === "year").map((part) => part.type);
    if (order[0] === "month") return "month-first";
    if (order[0] === "day") return "day-first";
    return null;
  } catch {
    return null;
  }
}

// Fixed, so that a two-digit year reads the same any day: "26" → 2026, "99" → 1999.
const REFERENCE_DAY = new Date(2000, 0, 1);
// Excel counts days from 30 Dec 1899; 25569 is 1970-01-01 and 73415 is 2100-12-31.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const EXCEL_SERIALS = { min: 25569, max: 73415 };

function read(text: string, pattern: string): string | null {
  const date = parse(text, pattern, REFERENCE_DAY);
  return isValid(date) ? format(date, "yyyy-MM-dd") : null;
}

/** "18 Nov 2026", "18-Nov-26", "Nov 18, 2026", "November 18 2026", "Sept. 3, 2025". */
function readNamedMonth(text: string): string | null {
  const words = text.replace(/[.,]/g, " ").replace(/-/g, " ").trim().split(/\s+/);
  if (words.length !== 3) return null;
  const monthFirst = /^[a-z]/i.test(words[0]!);
  const [month, day, year] = monthFirst ? [words[0]!, words[1]!, words[2]!] : [words[1]!, words[0]!, words[2]!];
  if (!/^[a-z]+$/i.test(month) || !/^\d{1,2}$/.test(day) || !/^(\d{2}|\d{4})$/.test(year)) return null;
  const name = month.toLowerCase() === "sept" ? "Sep" : month;
  return read(`${day} ${name} ${year}`, `d ${name.length === 3 ? "MMM" : "MMMM"} ${year.length === 2 ? "yy" : "yyyy"}`);
}

/** 11/18/2026 or 18/11/2026: the locale's order first; when that is no date, the other one. */
function readSlashed(text: string, order: SlashedDateOrder): string | null {
  const year = text.split("/")[2]!.length === 2 ? "yy" : "yyyy";
  const monthFirst = read(text, `M/d/${year}`);
  const dayFirst = read(text, `d/M/${year}`);
  if (order === "month-first") return monthFirst ?? dayFirst;
  if (order === "day-first") return dayFirst ?? monthFirst;
  // No locale to go by: only a date that can be read one way (18/11, 11/18, 7/7).
  return monthFirst === dayFirst || !monthFirst || !dayFirst ? (monthFirst ?? dayFirst) : null;
}

/**
 * The dates people export → "yyyy-MM-dd": ISO (with or without a time), 2026/11/18, 18.11.2026,
 * 11/18/2026 read as `order` says (see slashedDateOrder), Nov 18, 2026, 18 Nov 2026, and Excel
 * serial numbers (46344). Anything else, or a day that does not exist, comes back unchanged for
 * the row schema to refuse with a message.
 */
export function normaliseDate(value: string, order: SlashedDateOrder = null): string {
  const text = value.trim();
  // The common case first, without a parser: ISO, perhaps with a time after it.
  if (/^\d{4}-\d{2}-\d{2}(?:[T ].*)?$/.test(text)) return text.slice(0, 10);
  let date: string | null = null;
  if (/^\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:[T ].*)?$/.test(text)) date = read(text.split(/[T ]/)[0]!.replaceAll("/", "-"), "yyyy-M-d");
  else if (/^\d{1,2}\.\d{1,2}\.(?:\d{2}|\d{4})$/.test(text)) date = read(text, text.length - text.lastIndexOf(".") === 3 ? "d.M.yy" : "d.M.yyyy");
  else if (/^\d{1,2}\/\d{1,2}\/(?:\d{2}|\d{4})$/.test(text)) date = readSlashed(text, order);
  else if (/^\d{5}(?:\.\d+)?$/.test(text)) {
    const serial = Math.floor(Number(text));
    if (serial >= EXCEL_SERIALS.min && serial <= EXCEL_SERIALS.max) date = new Date(EXCEL_EPOCH + serial * 86_400_000).toISOString().slice(0, 10);
  } else if (/[a-z]/i.test(text)) date = readNamedMonth(text);
  return date ?? text;
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

// What a LinkedIn "Position" says about someone's part in a job search. Recruiting words win
// ("Head of Talent" is a recruiter); product / project / programme managers lead no hiring team.
const RECRUITER_TITLE = /\b(recruit\w*|talent|sourc(?:er|ing)|headhunter|people partner|hr)\b/i;
const HIRING_MANAGER_TITLE = /\b(manager|head|director|vp|vice president|cto|chief technology officer)\b/i;
const NOT_A_TEAM_MANAGER = /\b(product|project|program|programme|account|community|office)\s+manager\b/i;

/** The contact role a job title suggests, or null when it suggests none. */
export function roleFromTitle(title: string | null | undefined): "recruiter" | "hiring_manager" | null {
  if (!title) return null;
  if (RECRUITER_TITLE.test(title)) return "recruiter";
  if (HIRING_MANAGER_TITLE.test(title) && !NOT_A_TEAM_MANAGER.test(title)) return "hiring_manager";
  return null;
}

/** A whole number of days, or the text unchanged (the schema then says what it expects). */
export function normaliseWholeNumber(value: string): number | string {
  const text = value.trim();
  return /^\d{1,4}$/.test(text) ? Number(text) : text;
}
