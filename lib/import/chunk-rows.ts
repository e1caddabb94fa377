import { ACTION_BODY_LIMIT_BYTES } from "../actions/body-limit";

/** Rows per request; the server refuses more (lib/validation/import.ts). */
export const IMPORT_CHUNK_MAX_ROWS = 2000;
/**
 * Bytes of rows per request, as sent: the rows travel JSON-encoded, where a control character
 * takes six bytes (`\u000b`) and a quote two. Under the server actions' body limit, with room
 * for the mapping and the request's envelope.
 */
export const CHUNK_MAX_BYTES = ACTION_BODY_LIMIT_BYTES - 64 * 1024;

const utf8 = new TextEncoder();

/** A row's size in the request body: its JSON in UTF-8, and the comma after it. */
export const serializedRowBytes = (row: readonly string[]) => utf8.encode(JSON.stringify(row)).length + 1;

export type RowChunk = { rows: string[][]; firstRowNumber: number };

/**
 * A file's data rows (those after the header) cut into pieces small enough to send one by one,
 * so a large file shows progress and never hits a request size limit. Row numbers are the
 * spreadsheet's: the header at `headerIndex` is row headerIndex + 1. A single row over the limit
 * goes alone (its request is refused, and the page says so).
 */
export function chunkRows(rows: readonly string[][], headerIndex: number, maxRows = IMPORT_CHUNK_MAX_ROWS, maxBytes = CHUNK_MAX_BYTES): RowChunk[] {
  const chunks: RowChunk[] = [];
  let current: RowChunk | null = null;
  let bytes = 0;
  for (let index = headerIndex + 1; index < rows.length; index++) {
    const row = rows[index]!;
    const size = serializedRowBytes(row);
    if (!current || current.rows.length >= maxRows || (bytes + size > maxBytes && current.rows.length > 0)) {
      current = { rows: [], firstRowNumber: index + 1 };
      chunks.push(current);
      bytes = 0;
    }
    current.rows.push(row);
    bytes += size;
  }
  return chunks;
}
