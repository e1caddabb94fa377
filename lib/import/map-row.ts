import { restoreNeutralised } from "../csv/formula";
import { storableText } from "../validation/fields";
import { fieldErrorsOf } from "../validation/form";
import {
  applicationImportRowSchema,
  contactImportRowSchema,
  type ApplicationImportRow,
  type ContactImportRow,
  type ImportKind,
} from "../validation/import";
import { normaliseContactRole, normaliseDate, normalisePriority, normaliseStatus, normaliseWholeNumber, normaliseWorkMode, type SlashedDateOrder } from "./cells";
import { IMPORT_FIELDS, type ColumnMapping } from "./fields";

export type MappedRow<T> = { ok: true; value: T } | { ok: false; errors: string[] };
type ImportRowOf<K extends ImportKind> = K extends "applications" ? ApplicationImportRow : ContactImportRow;

/** The row's cell for each mapped field, tidied; a blank cell is as if the column were absent. */
function cellsByField(kind: ImportKind, mapping: ColumnMapping, cells: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  for (const field of IMPORT_FIELDS[kind]) {
    const index = mapping[field.key];
    if (index === null || index === undefined) continue;
    const value = restoreNeutralised(storableText(cells[index] ?? "").trim());
    if (value) values[field.key] = value;
  }
  return values;
}

const orNull = <T>(value: string | undefined, read: (text: string) => T): T | null => (value === undefined ? null : read(value));

function applicationInput(cells: Record<string, string>, dateOrder: SlashedDateOrder) {
  const readDate = (text: string) => normaliseDate(text, dateOrder);
  return {
    company: cells.company ?? "",
    role: cells.role ?? "",
    status: orNull(cells.status, normaliseStatus),
    appliedOn: orNull(cells.appliedOn, readDate) ?? undefined,
    postingUrl: cells.postingUrl,
    location: cells.location,
    workMode: orNull(cells.workMode, normaliseWorkMode),
    salaryRange: cells.salaryRange,
    source: cells.source,
    decisionExpectedOn: orNull(cells.decisionExpectedOn, readDate) ?? undefined,
    priority: orNull(cells.priority, normalisePriority),
    tags: cells.tags,
    notes: cells.notes,
  };
}

function contactInput(cells: Record<string, string>, dateOrder: SlashedDateOrder) {
  const name = cells.name ?? [cells.firstName, cells.lastName].filter(Boolean).join(" ");
  // LinkedIn's "Connected On" becomes how the user met them, unless the file says otherwise.
  const connectedOn = cells.connectedOn ? normaliseDate(cells.connectedOn, dateOrder) : undefined;
  return {
    name,
    email: cells.email,
    phone: cells.phone,
    linkedinUrl: cells.linkedinUrl,
    title: cells.title,
    company: cells.company,
    role: orNull(cells.role, normaliseContactRole),
    howMet: cells.howMet ?? (connectedOn ? `Connected on LinkedIn on ${connectedOn}` : undefined),
    notes: cells.notes,
    tags: cells.tags,
    keepInTouchDays: orNull(cells.keepInTouchDays, normaliseWholeNumber),
  };
}

const FIELD_LABELS = Object.fromEntries(
  Object.values(IMPORT_FIELDS)
    .flat()
    .map((field) => [field.key, field.label]),
);

/**
 * One data row → the typed row to import, or the problems with it, each naming its column.
 * `dateOrder` says how to read slashed dates (from the browser's locale: see slashedDateOrder).
 */
export function mapRow<K extends ImportKind>(kind: K, mapping: ColumnMapping, cells: readonly string[], dateOrder: SlashedDateOrder = null): MappedRow<ImportRowOf<K>> {
  const values = cellsByField(kind, mapping, cells);
  const parsed =
    kind === "applications"
      ? applicationImportRowSchema.safeParse(applicationInput(values, dateOrder))
      : contactImportRowSchema.safeParse(contactInput(values, dateOrder));
  if (parsed.success) return { ok: true, value: parsed.data as ImportRowOf<K> };
  const { fieldErrors, message } = fieldErrorsOf(parsed.error);
  const errors = Object.entries(fieldErrors).map(([key, messages]) => `${FIELD_LABELS[key] ?? key}: ${messages[0]}`);
  return { ok: false, errors: errors.length ? errors : [message] };
}
