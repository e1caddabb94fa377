"use server";

import { z } from "zod";
import { requireActionUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { CLIP_HTML_LIMIT } from "@/lib/postings/bookmarklet";
import { readPosting } from "@/lib/postings/read-posting";
import { postingToApplicationValues, type ClippedApplicationValues } from "@/lib/postings/to-application";
import { optionalHttpUrl } from "@/lib/validation/fields";

const clipSchema = z.strictObject({ url: optionalHttpUrl, html: z.string().max(CLIP_HTML_LIMIT + 1000) });

export type ClipReading = { ok: true; values: ClippedApplicationValues } | { ok: false; message: string };

/** The bookmarklet's page, read on the server by the same reader the API and extension use. */
export async function readClippedPostingAction(clip: unknown): Promise<ClipReading> {
  try {
    await requireActionUser();
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
  const parsed = clipSchema.safeParse(clip);
  if (!parsed.success) return { ok: false, message: "That page could not be read. Fill in the form by hand." };
  const { url, html } = parsed.data;
  return { ok: true, values: postingToApplicationValues(readPosting(html, url), url) };
}
