// Reading schema.org JobPosting objects out of JSON-LD blocks: pure data, no DOM.

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject => typeof value === "object" && value !== null && !Array.isArray(value);

/** Every object of each block, @graph and arrays flattened; a block that is not JSON is skipped. */
export function jsonLdObjects(blocks: string[]): JsonObject[] {
  const found: JsonObject[] = [];
  const visit = (value: Json | undefined) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      found.push(value);
      if (value["@graph"]) visit(value["@graph"]);
    }
  };
  for (const block of blocks) {
    try {
      // Some sites leave raw newlines inside strings, which JSON forbids.
      visit(JSON.parse(block.replace(/[\u0000-\u001f]+/g, " ")) as Json);
    } catch {
      continue;
    }
  }
  return found;
}

export function findJobPosting(objects: JsonObject[]): JsonObject | null {
  return objects.find((object) => [object["@type"]].flat().some((type) => typeof type === "string" && /(^|\/)JobPosting$/.test(type))) ?? null;
}

export function text(value: Json | undefined): string | null {
  if (typeof value === "string") return value.trim() || null;
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return text(value[0]);
  if (isObject(value)) return text(value.name ?? value["@value"]);
  return null;
}

export function list(value: Json | undefined): Json[] {
  return value === undefined || value === null ? [] : Array.isArray(value) ? value : [value];
}

/** jobLocation (a Place, or several) → "Berlin, Germany; Paris, France". */
export function locationOf(posting: JsonObject): string | null {
  const places = list(posting.jobLocation).map((place) => {
    if (typeof place === "string") return place;
    if (!isObject(place)) return null;
    const address = place.address;
    if (typeof address === "string") return address;
    if (!isObject(address)) return text(place.name);
    const parts = [text(address.addressLocality), text(address.addressRegion), text(address.addressCountry)].filter(Boolean) as string[];
    return [...new Set(parts)].join(", ") || null;
  });
  const unique = [...new Set(places.filter((place): place is string => Boolean(place)))];
  return unique.join("; ") || null;
}

const UNITS: Record<string, string> = { YEAR: "a year", MONTH: "a month", WEEK: "a week", DAY: "a day", HOUR: "an hour" };

/** baseSalary (a MonetaryAmount) → "€70,000–€85,000 a year". */
export function salaryOf(posting: JsonObject): string | null {
  const salary = posting.baseSalary ?? posting.estimatedSalary;
  const amount = Array.isArray(salary) ? salary[0] : salary;
  if (typeof amount === "string" || typeof amount === "number") return String(amount);
  if (!isObject(amount)) return null;
  const currency = text(amount.currency) ?? text(posting.salaryCurrency);
  const value = amount.value;
  const quantity = isObject(value) ? value : { value: value ?? null };
  const min = number(quantity.minValue);
  const max = number(quantity.maxValue);
  const single = number(quantity.value);
  const unit = UNITS[(text(quantity.unitText) ?? text(amount.unitText) ?? "").toUpperCase()];
  const figures = min !== null && max !== null && min !== max ? [min, max] : [min ?? max ?? single].filter((figure): figure is number => figure !== null);
  if (!figures.length) return null;
  const formatted = figures.map((figure) => money(figure, currency)).join("–");
  return unit ? `${formatted} ${unit}` : formatted;
}

function number(value: Json | undefined): number | null {
  const parsed = typeof value === "number" ? value : typeof value === "string" ? Number(value.replace(/[,\s]/g, "")) : NaN;
  return Number.isFinite(parsed) && parsed > 0 ? parsed : null;
}

function money(amount: number, currency: string | null): string {
  const digits = Number.isInteger(amount) ? 0 : 2;
  if (currency && /^[A-Z]{3}$/.test(currency)) {
    try {
      return new Intl.NumberFormat("en-GB", { style: "currency", currency, currencyDisplay: "narrowSymbol", minimumFractionDigits: digits, maximumFractionDigits: digits }).format(amount);
    } catch {
      // An unknown code: shown as the code itself below.
    }
  }
  const figure = new Intl.NumberFormat("en-GB", { maximumFractionDigits: digits }).format(amount);
  return currency ? `${currency} ${figure}` : figure;
}

export function dayOf(value: Json | undefined): string | null {
  const raw = text(value);
  const match = raw ? /^(\d{4}-\d{2}-\d{2})/.exec(raw) : null;
  return match ? match[1]! : null;
}

// schema.org's values, compared without case or separators ("FULL_TIME", "FULLTIME", "full-time").
const EMPLOYMENT_TYPES: Record<string, string> = {
  FULLTIME: "Full-time",
  PARTTIME: "Part-time",
  CONTRACTOR: "Contract",
  TEMPORARY: "Temporary",
  INTERN: "Internship",
  VOLUNTEER: "Volunteer",
  PERDIEM: "Per diem",
  OTHER: "Other",
};

export function employmentTypeOf(posting: JsonObject): string | null {
  const types = list(posting.employmentType)
    .map((type) => text(type))
    .filter((type): type is string => Boolean(type))
    .map((type) => EMPLOYMENT_TYPES[type.toUpperCase().replace(/[^A-Z]/g, "")] ?? type);
  return [...new Set(types)].join(", ") || null;
}

export function isTelecommute(posting: JsonObject): boolean {
  return list(posting.jobLocationType).some((type) => text(type)?.toUpperCase() === "TELECOMMUTE");
}
