import Papa from "papaparse";
import { FORMULA_TRIGGER } from "./formula";

/** Makes Excel read the file as UTF-8 rather than the system's legacy code page. */
export const UTF8_BOM = "\uFEFF";

export type CsvCell = string | number | boolean | null | undefined;
export type CsvColumn<Row> = { header: string; value: (row: Row) => CsvCell };

/**
 * RFC 4180 CSV (CRLF line ends, fields quoted when they hold a comma, quote or line break,
 * quotes doubled) with a UTF-8 byte-order mark and every text cell that a spreadsheet would run
 * as a formula neutralised. Numbers stay numbers: they cannot be formulas.
 */
export function writeCsv<Row>(columns: readonly CsvColumn<Row>[], rows: Iterable<Row>): string {
  const data: CsvCell[][] = [];
  for (const row of rows) data.push(columns.map((column) => column.value(row) ?? ""));
  const body = Papa.unparse(
    { fields: columns.map((column) => column.header), data },
    { newline: "\r\n", escapeFormulae: FORMULA_TRIGGER, quotes: false },
  );
  return `${UTF8_BOM}${body}\r\n`;
}
