import { isBlankRow } from "../../csv/read-csv";
import { slashedDateOrder } from "../../import/cells";
import { mapRow } from "../../import/map-row";
import { missingRequiredFields } from "../../import/fields";
import { AppError } from "../../errors";
import type { ApplicationImportRow, ContactImportRow, ImportChunk } from "../../validation/import";
import { importApplications } from "./import-applications";
import { importContacts } from "./import-contacts";
import type { ImportSummary, RowProblem } from "../../import/summary";
import type { NumberedRow } from "./import-summary";

function mapRows<T>(chunk: ImportChunk) {
  const valid: NumberedRow<T>[] = [];
  const problems: RowProblem[] = [];
  const dateOrder = slashedDateOrder(chunk.locale);
  chunk.rows.forEach((cells, index) => {
    if (isBlankRow(cells)) return;
    const row = chunk.firstRowNumber + index;
    const mapped = mapRow(chunk.kind, chunk.mapping, cells, dateOrder);
    if (mapped.ok) valid.push({ row, value: mapped.value as T });
    else problems.push({ row, reason: mapped.errors.join("; ") });
  });
  return { valid, problems };
}

/**
 * One chunk of an uploaded file, for the signed-in user: every row is checked again here (the
 * browser's preview is only a preview), bad rows are reported with their reasons, the good
 * ones imported together. A row is imported whole or not at all; blank rows are passed over.
 */
export async function importRows(userId: string, chunk: ImportChunk): Promise<ImportSummary> {
  const missing = missingRequiredFields(chunk.kind, chunk.mapping);
  if (missing) throw new AppError("INVALID", missing);
  let summary: ImportSummary;
  let problems: RowProblem[];
  if (chunk.kind === "applications") {
    const mapped = mapRows<ApplicationImportRow>(chunk);
    problems = mapped.problems;
    summary = await importApplications(userId, mapped.valid);
  } else {
    const mapped = mapRows<ContactImportRow>(chunk);
    problems = mapped.problems;
    summary = await importContacts(userId, mapped.valid);
  }
  return { ...summary, skipped: [...problems, ...summary.skipped].sort((a, b) => a.row - b.row) };
}
