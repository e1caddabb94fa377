"use server";

import { revalidatePath } from "next/cache";
import { requireActionUser } from "@/lib/auth/current-user";
import { isBlankRow } from "@/lib/csv/read-csv";
import { isAppError } from "@/lib/errors";
import { slashedDateOrder } from "@/lib/import/cells";
import { mapRow } from "@/lib/import/map-row";
import { importRows } from "@/lib/server/import/import-rows";
import type { ImportSummary } from "@/lib/import/summary";
import { importChunkSchema } from "@/lib/validation/import";

export type CheckResult = { ok: true; problems: { row: number; errors: string[] }[]; importable: number } | { ok: false; message: string };

/**
 * A chunk's per-row problems and how many of its rows will be imported, from the same checks the
 * import applies: the page checks the whole file this way before its button says how many rows
 * it will import. Run on the server so that the page does not ship the validation library.
 */
export async function checkRowsAction(chunk: unknown): Promise<CheckResult> {
  try {
    await requireActionUser();
    const parsed = importChunkSchema.safeParse(chunk);
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "That file could not be read." };
    const { kind, mapping, rows, firstRowNumber, locale } = parsed.data;
    const dateOrder = slashedDateOrder(locale);
    let importable = 0;
    const problems = rows.flatMap((cells, index) => {
      if (isBlankRow(cells)) return [];
      const result = mapRow(kind, mapping, cells, dateOrder);
      if (result.ok) importable++;
      return result.ok ? [] : [{ row: firstRowNumber + index, errors: result.errors }];
    });
    return { ok: true, problems, importable };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
}

export type ImportChunkResult = { ok: true; summary: ImportSummary } | { ok: false; message: string };

/** One chunk of the file the import page is sending; the page adds up the summaries. */
export async function importChunkAction(chunk: unknown): Promise<ImportChunkResult> {
  try {
    const user = await requireActionUser();
    const parsed = importChunkSchema.safeParse(chunk);
    if (!parsed.success) return { ok: false, message: parsed.error.issues[0]?.message ?? "That file could not be read." };
    const summary = await importRows(user.id, parsed.data);
    revalidatePath(parsed.data.kind === "applications" ? "/applications" : "/contacts");
    revalidatePath("/dashboard");
    return { ok: true, summary };
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
}
