import { IMPORT_FIELDS, type ColumnMapping, type ImportKind } from "./fields";

/** "E-mail Address " → "emailaddress": case, accents, spaces and punctuation do not matter. */
export function normaliseHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/** Each field gets the first column whose header it recognises and no earlier field took. */
export function guessMapping(kind: ImportKind, headers: readonly string[]): ColumnMapping {
  const normalised = headers.map(normaliseHeader);
  const taken = new Set<number>();
  const mapping: ColumnMapping = {};
  for (const field of IMPORT_FIELDS[kind]) {
    // The field's best alias wins over a weaker one appearing further left.
    const index = field.aliases.map((alias) => normalised.findIndex((header, i) => header === alias && !taken.has(i))).find((i) => i >= 0);
    mapping[field.key] = index ?? null;
    if (index !== undefined) taken.add(index);
  }
  return mapping;
}

const countMapped = (mapping: ColumnMapping) => Object.values(mapping).filter((index) => index !== null).length;

/**
 * The header row: the first of the first ten rows naming at least two known fields. Some exports
 * put notes above the header (LinkedIn's Connections.csv starts with "Notes:" and a paragraph).
 */
export function findHeaderRow(kind: ImportKind, rows: readonly (readonly string[])[]): number {
  const index = rows.slice(0, 10).findIndex((row) => countMapped(guessMapping(kind, row)) >= 2);
  return Math.max(index, 0);
}

/** Mappings ready for files from the tools people leave. */
export const IMPORT_PRESETS = {
  generic: { label: "Generic spreadsheet (guess from the header)", kind: null, headers: null },
  linkedin: {
    label: "LinkedIn connections (Connections.csv)",
    kind: "contacts",
    headers: {
      firstName: "First Name",
      lastName: "Last Name",
      linkedinUrl: "URL",
      email: "Email Address",
      company: "Company",
      title: "Position",
      connectedOn: "Connected On",
    },
  },
} as const satisfies Record<string, { label: string; kind: ImportKind | null; headers: Record<string, string> | null }>;
export type ImportPreset = keyof typeof IMPORT_PRESETS;

/** The preset a header looks like (every LinkedIn column present → "linkedin"). */
export function detectPreset(headers: readonly string[]): ImportPreset {
  const present = new Set(headers.map(normaliseHeader));
  return Object.values(IMPORT_PRESETS.linkedin.headers).every((header) => present.has(normaliseHeader(header))) ? "linkedin" : "generic";
}

export function presetMapping(preset: ImportPreset, kind: ImportKind, headers: readonly string[]): ColumnMapping {
  const presetHeaders = IMPORT_PRESETS[preset].headers;
  if (!presetHeaders) return guessMapping(kind, headers);
  const normalised = headers.map(normaliseHeader);
  const mapping: ColumnMapping = Object.fromEntries(IMPORT_FIELDS[kind].map((field) => [field.key, null]));
  for (const [key, header] of Object.entries(presetHeaders)) {
    const index = normalised.indexOf(normaliseHeader(header));
    mapping[key] = index >= 0 ? index : null;
  }
  return mapping;
}
