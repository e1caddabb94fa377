// Field schemas shared by the pipeline's forms (applications, companies, contacts, interviews,
// notes). Every form posts strings; these turn them into typed values with a message a person
// can act on, and bound every string so a 10 kB paste cannot reach the database.
import { TZDate } from "@date-fns/tz";
import { z } from "zod";
import { isIdShaped } from "./id";

// Postgres text cannot hold NUL, and a lone surrogate (half an emoji) has no UTF-8 form: a NUL
// is dropped and a lone surrogate becomes U+FFFD, rather than failing the save.
export const storableText = (value: string) => value.replaceAll("\u0000", "").toWellFormed();
/** A string made storable (above), ready for trim / max / other checks. */
export const cleanString = (params?: Parameters<typeof z.string>[0]) => z.string(params).overwrite(storableText);

/** A checkbox: it posts "on" (or "true") when ticked and nothing otherwise. */
export const checkbox = z
  .string()
  .max(5)
  .optional()
  .transform((value) => value === "on" || value === "true");

const tooLong = (max: number) => `Use at most ${max.toLocaleString("en-US")} characters`;

/** A required line of text. */
export const requiredText = (max: number, missing: string) =>
  cleanString({ error: missing }).trim().min(1, missing).max(max, tooLong(max));

/** Optional text: blank means "none" (null), so clearing a field in a form clears it. */
export const optionalText = (max: number) =>
  cleanString()
    .trim()
    .max(max, tooLong(max))
    .optional()
    .transform((value) => value || null);

/** An id sent by the client, of the id's shape (./id.ts); whose it is gets checked by the domain function. */
export const idSchema = z.string().refine(isIdShaped, "That is not a valid id");
export const optionalId = z
  .string()
  .optional()
  .refine((value) => !value || isIdShaped(value), "That is not a valid id")
  .transform((value) => value || null);

// A host name with a dot (and maybe a port), then a path, query, fragment or nothing.
const BARE_HOST = /^[^\s/:?#@]+\.[^\s/:?#@]+(?::\d{1,5})?(?:[/?#]|$)/;

/**
 * "vandelay.example/careers" or "//vandelay.example" → "https://vandelay.example/careers": what
 * people paste from an address bar often lacks the scheme. Anything else (other schemes,
 * "javascript:…", plain words) is left as it is, for isHttpUrl to judge.
 */
export function completeUrl(value: string): string {
  if (value.startsWith("//")) return `https:${value}`;
  return BARE_HOST.test(value) ? `https://${value}` : value;
}

/** Only http(s) URLs: anything else (javascript:, data:) could run when clicked. */
export const optionalHttpUrl = cleanString()
  .trim()
  .max(2048, tooLong(2048))
  .optional()
  .transform((value) => (value ? completeUrl(value) : null))
  .refine((value) => value === null || isHttpUrl(value), "Enter a web address starting with https://");

export function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "http:" || url.protocol === "https:") && Boolean(url.hostname);
  } catch {
    return false;
  }
}

export const optionalEmail = cleanString()
  .trim()
  .max(254, "That email address is too long")
  .optional()
  .transform((value) => (value ? value.toLowerCase() : null))
  .refine((value) => value === null || z.email().safeParse(value).success, "Enter a valid email address, like name@example.com");

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** "YYYY-MM-DD" → that calendar day at UTC midnight (how `@db.Date` columns are stored). */
export function parseCalendarDate(value: string): Date | null {
  const match = ISO_DATE.exec(value);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1970 && year <= 2100 ? date : null;
}

/** A required "YYYY-MM-DD" day: `missing` when blank, else a real calendar day (UTC midnight). */
export const requiredCalendarDate = (missing: string) =>
  cleanString({ error: missing })
    .trim()
    .min(1, missing)
    .max(10, "Enter a date like 2026-11-26")
    .transform((value, ctx) => {
      const date = parseCalendarDate(value);
      if (!date) {
        ctx.addIssue({ code: "custom", message: "Enter a real date like 2026-11-26" });
        return z.NEVER;
      }
      return date;
    });

export const optionalCalendarDate = cleanString()
  .trim()
  .max(10, "Enter a date like 2026-11-26")
  .optional()
  .transform((value, ctx) => {
    if (!value) return null;
    const date = parseCalendarDate(value);
    if (!date) {
      ctx.addIssue({ code: "custom", message: "Enter a real date like 2026-11-26" });
      return z.NEVER;
    }
    return date;
  });

const LOCAL_DATE_TIME = /^(\d{4}-\d{2}-\d{2})T(\d{2}):(\d{2})(?::\d{2})?$/;

/** A `datetime-local` value ("2026-11-26T14:30") read in the user's time zone → a UTC instant. */
export function parseLocalDateTime(value: string, timeZone: string): Date | null {
  const match = LOCAL_DATE_TIME.exec(value);
  if (!match) return null;
  const day = parseCalendarDate(match[1]!);
  const [hours, minutes] = [Number(match[2]), Number(match[3])];
  if (!day || hours > 23 || minutes > 59) return null;
  const local = new TZDate(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hours, minutes, timeZone);
  return new Date(local.getTime());
}

export const TAGS_MAX = 20;
export const TAG_MAX_LENGTH = 40;

/** "remote, Dream job , remote" → ["remote", "dream job"]: lower-case, unique, bounded. */
export const tagsSchema = cleanString()
  .max(2000, tooLong(2000))
  .optional()
  .transform((value) => [...new Set((value ?? "").split(",").map((tag) => tag.trim().toLowerCase()).filter(Boolean))])
  .refine((tags) => tags.length <= TAGS_MAX, `Use at most ${TAGS_MAX} tags`)
  .refine((tags) => tags.every((tag) => tag.length <= TAG_MAX_LENGTH), `Keep each tag under ${TAG_MAX_LENGTH} characters`);

/** An optional whole number typed into a text field (days, a round…): empty → null. */
export const optionalWholeNumber = (min: number, max: number, message: string) =>
  cleanString()
    .trim()
    .max(String(max).length, message)
    .optional()
    .transform((value, ctx) => {
      if (!value) return null;
      const number = Number(value);
      if (!Number.isInteger(number) || number < min || number > max) {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return number;
    });
