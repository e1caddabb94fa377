// The import page's pipeline without the browser: bytes → text → rows → header → mapping →
// chunks → importRows, exactly the pure functions the page runs before calling its action.
import { decodeCsvBytes, parseCsv } from "../../lib/csv/read-csv";
import { chunkRows } from "../../lib/import/chunk-rows";
import { detectPreset, findHeaderRow, presetMapping } from "../../lib/import/guess-mapping";
import { importRows } from "../../lib/server/import/import-rows";
import { addSummaries, emptySummary } from "../../lib/import/summary";
import type { ImportKind } from "../../lib/validation/import";

export async function importCsv(userId: string, kind: ImportKind, file: string | Uint8Array, { locale }: { locale?: string } = {}) {
  const bytes = typeof file === "string" ? new TextEncoder().encode(file) : file;
  const { rows } = parseCsv(decodeCsvBytes(bytes).text);
  const headerIndex = findHeaderRow(kind, rows);
  const headers = rows[headerIndex] ?? [];
  const mapping = presetMapping(detectPreset(headers), kind, headers);
  let summary = emptySummary();
  for (const chunk of chunkRows(rows, headerIndex)) {
    summary = addSummaries(summary, await importRows(userId, { kind, mapping, locale, ...chunk }));
  }
  return summary;
}

/** A spreadsheet-like file of `count` applications across `companies` companies. */
export function applicationsCsv(count: number, { companies = 500, prefix = "Co" } = {}): string {
  const lines = ["Company,Role,Status,Date Applied,Link,Salary,Tags,Notes"];
  for (let i = 0; i < count; i++) {
    const day = String(1 + (i % 28)).padStart(2, "0");
    lines.push(`${prefix} ${i % companies},Engineer ${i},${["Applied", "Interview", "Rejected", "Offer"][i % 4]},2026-10-${day},https://jobs.example.com/${i},"€${60 + (i % 40)}k","remote, ${i % 3 ? "backend" : "frontend"}","Row ${i}, with a comma"`);
  }
  return lines.join("\r\n");
}
