"use server";

import { revalidatePath } from "next/cache";
import { requireActionUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { importRows } from "@/lib/server/import/import-rows";
import type { ImportSummary } from "@/lib/import/summary";
import { importChunkSchema } from "@/lib/validation/import";

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
