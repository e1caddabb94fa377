// Spreadsheets run a cell that starts with one of these as a formula (CSV injection, OWASP).
// Checked on the first character only: a multi-line cell must be caught too.
export const FORMULA_TRIGGER = /^[=+\-@\t\r]/;

/** Prefixes a would-be formula with an apostrophe, which spreadsheets show as plain text. */
export function neutraliseFormula(value: string): string {
  return FORMULA_TRIGGER.test(value) ? `'${value}` : value;
}

/** Undoes `neutraliseFormula`, so that a file exported by Bridges imports back unchanged. */
export function restoreNeutralised(value: string): string {
  return value.startsWith("'") && FORMULA_TRIGGER.test(value.slice(1)) ? value.slice(1) : value;
}
