"use client";

import { useId, useRef, useState } from "react";
import { checkRowsAction, importChunkAction } from "@/app/(app)/import/actions";
import { Button } from "@/components/ui/button";
import { FormMessage, SelectField } from "@/components/ui/field";
import { requestFailureMessage } from "@/lib/actions/body-limit";
import { decodeCsvBytes, isBlankRow, parseCsv, type DecodedText } from "@/lib/csv/read-csv";
import { chunkRows } from "@/lib/import/chunk-rows";
import { IMPORT_KIND_LABELS, IMPORT_KINDS, missingRequiredFields, type ColumnMapping, type ImportKind } from "@/lib/import/fields";
import { detectPreset, findHeaderRow, IMPORT_PRESETS, presetMapping, type ImportPreset } from "@/lib/import/guess-mapping";
import { addSummaries, emptySummary, type ImportSummary } from "@/lib/import/summary";
import { MappingFields } from "./mapping-fields";
import { PREVIEW_ROWS, PreviewTable, type PreviewProblems } from "./preview-table";
import { ImportResult } from "./import-result";

type LoadedFile = { name: string; rows: string[][]; headerIndex: number; encoding: DecodedText["encoding"]; problems: string[] };
type Progress = { done: number; total: number };
/** Where a failed import stopped: "Try again" sends the file from that chunk on. */
type Resume = { chunkIndex: number; summary: ImportSummary };

/** A request that failed before the action answered (too large, server error, network) reads like the action's own refusal. */
const failedRequest = (error: unknown) => ({ ok: false as const, message: requestFailureMessage(error) });
/** What the server's checks of the whole file found: problems per row, and how many rows will go in. */
type Check = { problems: PreviewProblems; importable: number };

// How the browser reads 03/04/2026 (the server asks Intl which part comes first).
const browserLocale = () => (typeof navigator === "undefined" ? undefined : navigator.language);

const MAX_FILE_BYTES = 20 * 1024 * 1024;

const rowsLabel = (count: number) => `${count.toLocaleString("en-US")} ${count === 1 ? "row" : "rows"}`;

const LATER_PROBLEMS_SHOWN = 5;

/** How many rows will really go in, and the problems of rows below the preview (the first few). */
function ImportCount({ rows, check, lastPreviewRow }: { rows: number; check: Check; lastPreviewRow: number }) {
  const skipped = rows - check.importable;
  const later = [...check.problems].filter(([row]) => row > lastPreviewRow);
  return (
    <div className="text-sm text-slate-600 dark:text-slate-400">
      <p>
        {skipped === 0
          ? `All ${rowsLabel(rows)} will be imported.`
          : `${check.importable.toLocaleString("en-US")} of ${rowsLabel(rows)} will be imported; ${skipped.toLocaleString("en-US")} will be skipped for the problems shown.`}
      </p>
      {later.length ? (
        <ul className="mt-1 list-inside list-disc text-red-700 dark:text-red-300">
          {later.slice(0, LATER_PROBLEMS_SHOWN).map(([row, errors]) => (
            <li key={row}>
              Row {row}: {errors.join("; ")}
            </li>
          ))}
          {later.length > LATER_PROBLEMS_SHOWN ? <li>And {(later.length - LATER_PROBLEMS_SHOWN).toLocaleString("en-US")} more rows, listed after the import.</li> : null}
        </ul>
      ) : null}
    </div>
  );
}

async function readFile(file: File): Promise<LoadedFile> {
  const { text, encoding } = decodeCsvBytes(new Uint8Array(await file.arrayBuffer()));
  const { rows, errors } = parseCsv(text);
  return { name: file.name, rows, headerIndex: 0, encoding, problems: errors.slice(0, 5).map((error) => `Row ${error.row}: ${error.message}`) };
}

const dataRowCount = (file: LoadedFile) => file.rows.slice(file.headerIndex + 1).filter((row) => !isBlankRow(row)).length;

/**
 * Upload → mapping (guessed, editable) → preview with per-row problems → import in chunks with
 * progress → summary. The file is read, its header guessed and its rows cut into chunks in the
 * browser (papaparse, no validation library); the server checks the preview rows and, as it
 * imports, every row.
 */
export function ImportWizard() {
  const fileInputId = useId();
  const [kind, setKind] = useState<ImportKind>("applications");
  const [preset, setPreset] = useState<ImportPreset>("generic");
  const [file, setFile] = useState<LoadedFile | null>(null);
  const [mapping, setMapping] = useState<ColumnMapping>({});
  const [progress, setProgress] = useState<Progress | null>(null);
  const [summary, setSummary] = useState<ImportSummary | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [check, setCheck] = useState<Check | null>(null);
  const [resume, setResume] = useState<Resume | null>(null);
  // Only the answers to the latest check count.
  const checkRequest = useRef(0);

  const headers = file ? (file.rows[file.headerIndex] ?? []) : [];

  /** Every row checked on the server, chunk by chunk, before the button says how many will be imported. */
  async function checkRows(loaded: LoadedFile, nextKind: ImportKind, nextMapping: ColumnMapping) {
    const request = ++checkRequest.current;
    setCheck(null);
    if (missingRequiredFields(nextKind, nextMapping)) return;
    const problems = new Map<number, string[]>();
    let importable = 0;
    for (const chunk of chunkRows(loaded.rows, loaded.headerIndex)) {
      const answer = await checkRowsAction({ kind: nextKind, mapping: nextMapping, locale: browserLocale(), ...chunk }).catch(failedRequest);
      if (request !== checkRequest.current) return;
      if (!answer.ok) return setMessage(answer.message);
      for (const problem of answer.problems) problems.set(problem.row, problem.errors);
      importable += answer.importable;
    }
    setCheck({ problems, importable });
  }

  function changeMapping(nextMapping: ColumnMapping) {
    setMapping(nextMapping);
    setResume(null);
    if (file) void checkRows(file, kind, nextMapping);
  }

  function remap(next: { kind?: ImportKind; preset?: ImportPreset; file?: LoadedFile }) {
    const nextFile = next.file ?? file;
    const nextKind = next.kind ?? kind;
    const nextPreset = next.preset ?? preset;
    if (!nextFile) return;
    const headerIndex = findHeaderRow(nextKind, nextFile.rows);
    const loaded = { ...nextFile, headerIndex };
    const nextMapping = presetMapping(nextPreset, nextKind, loaded.rows[headerIndex] ?? []);
    setFile(loaded);
    setMapping(nextMapping);
    setResume(null);
    void checkRows(loaded, nextKind, nextMapping);
  }

  async function onFileChosen(chosen: File | undefined) {
    setSummary(null);
    setMessage(null);
    if (!chosen) return setFile(null);
    if (chosen.size > MAX_FILE_BYTES) return setMessage("That file is larger than 20 MB. Split it into smaller files and import them one by one.");
    const loaded = await readFile(chosen);
    if (loaded.rows.length < 2) return setMessage("That file has no rows to import: it needs a header row and at least one row below it.");
    // A LinkedIn export is recognised by its header and is always contacts.
    const headerForGuess = loaded.rows[findHeaderRow("contacts", loaded.rows)] ?? [];
    const detected = detectPreset(headerForGuess);
    const detectedKind = IMPORT_PRESETS[detected].kind ?? kind;
    setPreset(detected);
    setKind(detectedKind);
    remap({ file: loaded, kind: detectedKind, preset: detected });
  }

  async function runImport() {
    if (!file) return;
    const missing = missingRequiredFields(kind, mapping);
    if (missing) return setMessage(missing);
    setMessage(null);
    const chunks = chunkRows(file.rows, file.headerIndex);
    const total = chunks.reduce((sum, chunk) => sum + chunk.rows.length, 0);
    const start = resume?.chunkIndex ?? 0;
    let result = resume?.summary ?? emptySummary();
    setResume(null);
    setSummary(null);
    setProgress({ done: chunks.slice(0, start).reduce((sum, chunk) => sum + chunk.rows.length, 0), total });
    for (const [index, chunk] of chunks.entries()) {
      if (index < start) continue;
      const answer = await importChunkAction({ kind, mapping, locale: browserLocale(), ...chunk }).catch(failedRequest);
      if (!answer.ok) {
        setProgress(null);
        setResume({ chunkIndex: index, summary: result });
        setSummary(result.created + result.updated + result.unchanged + result.skipped.length ? result : null);
        return setMessage(index > 0 ? `${answer.message} The rows before row ${chunk.firstRowNumber} were imported.` : answer.message);
      }
      result = addSummaries(result, answer.summary);
      setProgress((previous) => ({ total, done: (previous?.done ?? 0) + chunk.rows.length }));
    }
    setProgress(null);
    setSummary(result);
  }

  function startOver() {
    setFile(null);
    setResume(null);
    setSummary(null);
    setMessage(null);
    setPreset("generic");
  }

  if (summary && !progress) {
    return <ImportResult kind={kind} summary={summary} message={message} onStartOver={startOver} onRetry={resume ? () => void runImport() : undefined} />;
  }

  const rowCount = file ? dataRowCount(file) : 0;
  const importing = progress !== null;
  const missing = missingRequiredFields(kind, mapping);
  return (
    <div className="space-y-6">
      <section aria-labelledby="import-file" className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
        <h2 id="import-file" className="text-lg font-medium">
          1. Choose a file
        </h2>
        <div className="grid gap-4 sm:grid-cols-3">
          <div className="space-y-1">
            <label htmlFor={fileInputId} className="block text-sm font-medium text-slate-700 dark:text-slate-200">
              CSV file
            </label>
            <input
              id={fileInputId}
              type="file"
              accept=".csv,text/csv,text/plain"
              disabled={importing}
              onChange={(event) => void onFileChosen(event.target.files?.[0])}
              className="block w-full text-sm file:mr-3 file:rounded-md file:border-0 file:bg-slate-100 file:px-3 file:py-2 file:text-sm file:font-medium dark:file:bg-slate-800"
            />
          </div>
          <SelectField
            name="kind"
            label="The file holds"
            value={kind}
            disabled={importing}
            onChange={(event) => {
              setKind(event.target.value as ImportKind);
              remap({ kind: event.target.value as ImportKind });
            }}
            options={IMPORT_KINDS.map((value) => ({ value, label: IMPORT_KIND_LABELS[value] }))}
          />
          <SelectField
            name="preset"
            label="Format"
            value={preset}
            disabled={importing}
            onChange={(event) => {
              const next = event.target.value as ImportPreset;
              const nextKind = IMPORT_PRESETS[next].kind ?? kind;
              setPreset(next);
              setKind(nextKind);
              remap({ preset: next, kind: nextKind });
            }}
            options={Object.entries(IMPORT_PRESETS).map(([value, { label }]) => ({ value, label }))}
          />
        </div>
        {file ? (
          <p className="text-sm text-slate-600 dark:text-slate-400" role="status">
            {file.name}: {rowCount.toLocaleString("en-US")} {rowCount === 1 ? "row" : "rows"} below the header (row {file.headerIndex + 1}).
            {file.encoding === "windows-1252" ? " The file is not UTF-8; it was read as Windows-1252 (Excel's “CSV”). Check accented letters in the preview." : ""}
          </p>
        ) : null}
        {file?.problems.length ? (
          <ul className="list-inside list-disc text-sm text-amber-800 dark:text-amber-300">
            {file.problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
        ) : null}
      </section>

      {file ? (
        <>
          <section aria-labelledby="import-mapping" className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
            <h2 id="import-mapping" className="text-lg font-medium">
              2. Match the columns
            </h2>
            <p className="text-sm text-slate-600 dark:text-slate-400">Guessed from the header; change any that are wrong.</p>
            <MappingFields kind={kind} headers={headers} mapping={mapping} disabled={importing} onChange={changeMapping} />
          </section>

          <section aria-labelledby="import-preview" className="space-y-4 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
            <h2 id="import-preview" className="text-lg font-medium">
              3. Check the first rows
            </h2>
            <PreviewTable kind={kind} rows={file.rows} headerIndex={file.headerIndex} mapping={mapping} problems={check?.problems ?? null} />
          </section>

          <section aria-labelledby="import-run" className="space-y-3">
            <h2 id="import-run" className="sr-only">
              4. Import
            </h2>
            <FormMessage message={message} />
            {progress ? (
              <div className="space-y-1">
                <progress className="h-2 w-full" value={progress.done} max={progress.total} aria-label="Import progress" />
                <p className="text-sm text-slate-600 dark:text-slate-400" aria-live="polite">
                  Imported {progress.done.toLocaleString("en-US")} of {progress.total.toLocaleString("en-US")} rows…
                </p>
              </div>
            ) : null}
            {check && !importing ? <ImportCount rows={rowCount} check={check} lastPreviewRow={file.headerIndex + 1 + PREVIEW_ROWS} /> : null}
            <Button onClick={() => void runImport()} disabled={importing || !check || check.importable === 0} aria-busy={importing || (!check && !missing)}>
              {importing ? "Importing…" : resume ? "Try again" : check ? `Import ${rowsLabel(check.importable)}` : missing ? `Import ${rowsLabel(rowCount)}` : "Checking the rows…"}
            </Button>
          </section>
        </>
      ) : (
        <FormMessage message={message} />
      )}
    </div>
  );
}
