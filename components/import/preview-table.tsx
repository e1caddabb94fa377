"use client";

import { isBlankRow } from "@/lib/csv/read-csv";
import { IMPORT_FIELDS, missingRequiredFields, type ColumnMapping, type ImportKind } from "@/lib/import/fields";

export const PREVIEW_ROWS = 10;

export type PreviewProblems = ReadonlyMap<number, readonly string[]>;

/** The first data rows (with their spreadsheet row numbers), blank ones left out. */
export function previewSlice(rows: readonly string[][], headerIndex: number) {
  return { rows: rows.slice(headerIndex + 1, headerIndex + 1 + PREVIEW_ROWS), firstRowNumber: headerIndex + 2 };
}

/**
 * The first rows as they will be imported, each with its problems, before anything is saved.
 * `problems` is null while the server is checking them.
 */
export function PreviewTable({
  kind,
  rows,
  headerIndex,
  mapping,
  problems,
}: {
  kind: ImportKind;
  rows: string[][];
  headerIndex: number;
  mapping: ColumnMapping;
  problems: PreviewProblems | null;
}) {
  const missing = missingRequiredFields(kind, mapping);
  if (missing) return <p className="text-sm text-amber-800 dark:text-amber-300">{missing}</p>;

  const fields = IMPORT_FIELDS[kind].filter((field) => mapping[field.key] !== null && mapping[field.key] !== undefined);
  const slice = previewSlice(rows, headerIndex);
  const preview = slice.rows.map((cells, index) => ({ cells, row: slice.firstRowNumber + index })).filter(({ cells }) => !isBlankRow(cells));
  const withProblems = problems ? preview.filter(({ row }) => problems.has(row)).length : 0;

  return (
    <div className="space-y-2">
      <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
        The first {preview.length} rows.{" "}
        {problems === null
          ? "Checking them…"
          : withProblems
            ? `${withProblems} of them will be skipped for the reasons shown.`
            : "They all look fine."}{" "}
        Rows with problems are skipped; the others are imported.
      </p>
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">Preview of the first rows to import</caption>
          <thead className="border-b border-slate-200 text-xs uppercase text-slate-500 dark:border-slate-700">
            <tr>
              <th scope="col" className="px-2 py-2">
                Row
              </th>
              {fields.map((field) => (
                <th key={field.key} scope="col" className="px-2 py-2">
                  {field.label}
                </th>
              ))}
              <th scope="col" className="px-2 py-2">
                Problems
              </th>
            </tr>
          </thead>
          <tbody>
            {preview.map(({ row, cells }) => {
              const errors = problems?.get(row);
              return (
                <tr key={row} className={`border-b border-slate-100 dark:border-slate-800 ${errors ? "bg-red-50 dark:bg-red-950/40" : ""}`}>
                  <th scope="row" className="px-2 py-1.5 font-normal text-slate-500">
                    {row}
                  </th>
                  {fields.map((field) => (
                    <td key={field.key} className="max-w-48 truncate px-2 py-1.5">
                      {cells[mapping[field.key]!] ?? ""}
                    </td>
                  ))}
                  <td className="px-2 py-1.5 text-red-700 dark:text-red-300">{errors?.join("; ") ?? ""}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </div>
  );
}
