/** Rows per request; the server refuses more (lib/validation/import.ts). */
export const IMPORT_CHUNK_MAX_ROWS = 2000;
/** UTF-8 bytes, under the server actions' 1 MB body limit with room to spare for JSON escaping. */
export const CHUNK_MAX_CHARS = 400_000;

const utf8 = new TextEncoder();

export type RowChunk = { rows: string[][]; firstRowNumber: number };

/**
 * A file's data rows (those after the header) cut into pieces small enough to send one by one,
 * so a large file shows progress and never hits a request size limit. Row numbers are the
 * spreadsheet's: the header at `headerIndex` is row headerIndex + 1.
 */
export function chunkRows(rows: readonly string[][], headerIndex: number, maxRows = IMPORT_CHUNK_MAX_ROWS, maxChars = CHUNK_MAX_CHARS): RowChunk[] {
  const chunks: RowChunk[] = [];
  let current: RowChunk | null = null;
  let chars = 0;
  for (let index = headerIndex + 1; index < rows.length; index++) {
    const row = rows[index]!;
    const size = row.reduce((total, cell) => total + utf8.encode(cell).length + 3, 2);
    if (!current || current.rows.length >= maxRows || (chars + size > maxChars && current.rows.length > 0)) {
      current = { rows: [], firstRowNumber: index + 1 };
      chunks.push(current);
      chars = 0;
    }
    current.rows.push(row);
    chars += size;
  }
  return chunks;
}
