import { z } from "zod";
import { IMPORT_CHUNK_MAX_ROWS } from "../import/chunk-rows";
import { IMPORT_KINDS } from "../import/fields";
import { APPLICATION_STATUSES, WORK_MODES } from "./application";
import { CONTACT_ROLES } from "./contact";
import { optionalCalendarDate, optionalEmail, optionalHttpUrl, optionalText, requiredText, tagsSchema } from "./fields";

export { IMPORT_KINDS, type ImportKind } from "../import/fields";

const wholeNumber = (min: number, max: number, message: string) => z.number({ error: message }).int(message).min(min, message).max(max, message).nullable();
const listOf = (values: readonly string[]) => values.join(", ").replaceAll("_", " ");

// One imported row after its cells were tidied (see lib/import/map-row.ts). A field that is
// null was not given: a new row gets the default, an existing row keeps what it has.

export const applicationImportRowSchema = z.strictObject({
  company: requiredText(200, "required, but the cell is empty"),
  role: requiredText(200, "required, but the cell is empty"),
  status: z.enum(APPLICATION_STATUSES, { error: `use one of: ${listOf(APPLICATION_STATUSES)}` }).nullable(),
  appliedOn: optionalCalendarDate,
  postingUrl: optionalHttpUrl,
  location: optionalText(200),
  workMode: z.enum(WORK_MODES, { error: "use on site, hybrid or remote" }).nullable(),
  salaryRange: optionalText(100),
  source: optionalText(100),
  decisionExpectedOn: optionalCalendarDate,
  priority: wholeNumber(1, 3, "use 1, 2 or 3 (high, normal, low)"),
  tags: tagsSchema,
  notes: optionalText(10_000),
});
export type ApplicationImportRow = z.output<typeof applicationImportRowSchema>;

export const contactImportRowSchema = z.strictObject({
  name: requiredText(200, "required, but the cell is empty"),
  email: optionalEmail,
  phone: optionalText(50).refine((value) => value === null || /^[+\d\s().-]{3,50}$/.test(value), "use digits, spaces and + ( ) -"),
  linkedinUrl: optionalHttpUrl,
  title: optionalText(200),
  company: optionalText(200),
  role: z.enum(CONTACT_ROLES, { error: `use one of: ${listOf(CONTACT_ROLES)}` }).nullable(),
  howMet: optionalText(500),
  notes: optionalText(10_000),
  tags: tagsSchema,
  keepInTouchDays: wholeNumber(1, 730, "use a whole number of days from 1 to 730"),
});
export type ContactImportRow = z.output<typeof contactImportRowSchema>;

export const IMPORT_MAX_COLUMNS = 200;

/** One chunk of a file sent by the import page: raw cells plus the column mapping chosen. */
export const importChunkSchema = z.strictObject({
  kind: z.enum(IMPORT_KINDS, { error: "Choose what the file holds" }),
  mapping: z.record(z.string().max(40), z.number().int().min(0).max(IMPORT_MAX_COLUMNS - 1).nullable()),
  rows: z
    .array(z.array(z.string().max(20_000, "A cell is longer than 20,000 characters")).max(IMPORT_MAX_COLUMNS, "A row has more than 200 columns"))
    .max(IMPORT_CHUNK_MAX_ROWS, "Send at most 2,000 rows at a time"),
  /** The spreadsheet row number of rows[0], so that problems name the row the user sees. */
  firstRowNumber: z.number().int().min(1).max(10_000_000),
  /** The browser's locale ("en-US"): whether 03/04/2026 is March or April. */
  locale: z.string().max(35).regex(/^[A-Za-z]{2,8}(?:-[A-Za-z0-9]{1,8})*$/, "That is not a language tag").optional(),
});
export type ImportChunk = z.infer<typeof importChunkSchema>;
