import { parse, type HTMLElement } from "node-html-parser";
import { htmlToMarkdown } from "./html-to-markdown";
import { dayOf, employmentTypeOf, findJobPosting, isTelecommute, jsonLdObjects, locationOf, salaryOf, text } from "./json-ld";
import { layoutFor, type LayoutField } from "./layouts";

export type WorkMode = "onsite" | "hybrid" | "remote";

/** What a job posting says, as far as the page tells; every field may be missing. */
export type Posting = {
  title: string | null;
  company: string | null;
  location: string | null;
  workMode: WorkMode | null;
  salary: string | null;
  employmentType: string | null;
  datePosted: string | null;
  validThrough: string | null;
  /** Markdown. */
  description: string | null;
  url: string | null;
  /** Where each part came from, most trusted first: "json-ld", "layout:lever", "meta". */
  sources: string[];
};

const MAX_DESCRIPTION = 50_000;
const MAX_LINE = 200;

/**
 * Reads a posting page: schema.org JobPosting JSON-LD first, then the known layout of the job
 * board, then OpenGraph and meta tags. Each source only fills what the ones before left empty.
 */
export function readPosting(html: string, pageUrl?: string | null): Posting {
  const root = parse(html, { blockTextElements: { script: true, style: false, noscript: false, pre: true } });
  const url = canonicalUrl(root, pageUrl);
  const host = hostOf(url ?? pageUrl);
  const posting: Posting = { title: null, company: null, location: null, workMode: null, salary: null, employmentType: null, datePosted: null, validThrough: null, description: null, url, sources: [] };
  const fill = (source: string, values: Partial<Omit<Posting, "sources" | "url">>) => {
    let used = false;
    for (const [key, value] of Object.entries(values) as [keyof typeof values, string | null][]) {
      if (value && !posting[key]) {
        (posting as Record<string, unknown>)[key] = value;
        used = true;
      }
    }
    if (used) posting.sources.push(source);
  };

  const blocks = root.querySelectorAll("script[type='application/ld+json']").map((script) => script.rawText);
  const job = findJobPosting(jsonLdObjects(blocks));
  if (job) {
    const description = text(job.description);
    fill("json-ld", {
      title: clean(decode(text(job.title) ?? "")),
      company: clean(decode(text(job.hiringOrganization) ?? "")),
      location: clean(decode(locationOf(job) ?? "")),
      workMode: isTelecommute(job) ? "remote" : null,
      salary: clean(salaryOf(job)),
      employmentType: clean(employmentTypeOf(job)),
      datePosted: dayOf(job.datePosted),
      validThrough: dayOf(job.validThrough),
      description: description ? markdownOf(description) : null,
    });
  }

  const layout = layoutFor(host, root);
  if (layout) {
    const field = (name: LayoutField) => firstMatch(root, layout.fields[name] ?? [], name === "company");
    const description = firstElement(root, layout.fields.description ?? []);
    fill(`layout:${layout.name}`, {
      title: clean(field("title")),
      company: clean(field("company") ?? (host ? (layout.companyFromHost?.(host) ?? null) : null)),
      location: clean(field("location")),
      workMode: workModeIn(field("workMode")),
      salary: clean(field("salary")),
      employmentType: clean(field("employmentType")),
      description: description ? markdownOf(description.innerHTML) : null,
    });
  }

  const meta = (name: string) => clean(decode(root.querySelector(`meta[property='${name}'], meta[name='${name}']`)?.getAttribute("content") ?? ""));
  const titled = splitTitle(meta("og:title") ?? clean(root.querySelector("title")?.text ?? ""), posting.title);
  fill("meta", {
    title: titled.title ?? clean(root.querySelector("h1")?.text ?? ""),
    company: meta("og:site_name") ?? titled.company,
    description: meta("og:description") ?? meta("description"),
  });

  posting.workMode ??= workModeIn([posting.location, posting.title, posting.employmentType].filter(Boolean).join(" "));
  if (posting.description && posting.description.length > MAX_DESCRIPTION) posting.description = posting.description.slice(0, MAX_DESCRIPTION);
  return posting;
}

/** A description may be HTML, HTML escaped once more ("&lt;p&gt;"), or plain text with line breaks. */
function markdownOf(html: string): string | null {
  const unescaped = /&lt;\/?[a-z][^&]*&gt;/i.test(html) && !/<[a-z]/i.test(html) ? decode(html) : html;
  const marked = /<[a-z]/i.test(unescaped)
    ? unescaped
    : unescaped
        .split(/\n\s*\n/)
        .map((paragraph) => `<p>${paragraph.replace(/&(?![#\w]+;)/g, "&amp;").replace(/</g, "&lt;").replace(/\n/g, "<br>")}</p>`)
        .join("");
  return htmlToMarkdown(marked) || null;
}

function decode(value: string): string {
  return parse(`<p>${value.replace(/</g, "&lt;")}</p>`).text;
}

/** One line of text, without the separators layouts put around it (" - Permanent", "• Remote"). */
function clean(value: string | null | undefined): string | null {
  const line = value?.replace(/\s+/g, " ").replace(/^[\s\-–—•·|,]+|[\s\-–—•·|,]+$/g, "");
  return line ? line.slice(0, MAX_LINE) : null;
}

function firstElement(root: HTMLElement, selectors: string[]): HTMLElement | null {
  for (const selector of selectors) {
    const element = root.querySelector(selector);
    if (element && element.text.trim()) return element;
  }
  return null;
}

function firstMatch(root: HTMLElement, selectors: string[], preferAlt: boolean): string | null {
  for (const selector of selectors) {
    const element = root.querySelector(selector);
    const value = (preferAlt ? element?.getAttribute("alt") : null) ?? element?.text;
    // "at Acme" (Greenhouse), "Acme logo" (an image's alt text).
    const cleaned = clean(value)?.replace(/^at\s+/i, "").replace(/\s+logo$/i, "");
    if (cleaned) return cleaned;
  }
  return null;
}

function workModeIn(value: string | null): WorkMode | null {
  if (!value) return null;
  if (/\bhybrid\b|\bhybride?\b|teilweise remote/i.test(value)) return "hybrid";
  if (/\bremote\b|\btélétravail total\b|work from home|\bwfh\b/i.test(value)) return "remote";
  if (/\bon[- ]?site\b|\bin[- ]office\b|\bvor ort\b/i.test(value)) return "onsite";
  return null;
}

/**
 * "Senior Engineer at Acme" / "Senior Engineer - Acme | Jobs" → its parts. "Acme - Senior Engineer"
 * (Lever's order) is told apart when another source already read the role.
 */
function splitTitle(title: string | null, knownRole: string | null): { title: string | null; company: string | null } {
  if (!title) return { title: null, company: null };
  const at = /^(.+?)\s+(?:at|@|chez|bei)\s+(.+?)(?:\s+[|–—-]\s+.*)?$/i.exec(title);
  if (at) return { title: at[1]!.trim(), company: at[2]!.trim() };
  const dashed = /^(.+?)\s+[|–—-]\s+(.+?)(?:\s+[|–—-]\s+.*)?$/.exec(title);
  if (!dashed) return { title, company: null };
  const [first, second] = [dashed[1]!.trim(), dashed[2]!.trim()];
  return knownRole && first === knownRole ? { title: first, company: second } : knownRole && second === knownRole ? { title: second, company: first } : { title: first, company: second };
}

function canonicalUrl(root: HTMLElement, pageUrl: string | null | undefined): string | null {
  const candidates = [pageUrl, root.querySelector("link[rel='canonical']")?.getAttribute("href"), root.querySelector("meta[property='og:url']")?.getAttribute("content")];
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      const url = new URL(candidate);
      if (url.protocol === "https:" || url.protocol === "http:") return url.toString();
    } catch {
      continue;
    }
  }
  return null;
}

function hostOf(url: string | null | undefined): string | null {
  try {
    return url ? new URL(url).hostname.toLowerCase() : null;
  } catch {
    return null;
  }
}
