import type { z } from "zod";
import { fieldErrorsOf } from "../validation/form";
import { ProblemError } from "./problem";

// A posting's description is the largest field (50,000 characters); a body four times that is not a clip.
export const MAX_BODY_BYTES = 256 * 1024;

/** The body as text, refused past the limit before it is all read. */
export async function readBodyText(request: Request, limit = MAX_BODY_BYTES): Promise<string> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > limit) throw tooLarge(limit);
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

const tooLarge = (limit: number) => new ProblemError({ status: 413, title: "Content Too Large", detail: `The body may be at most ${limit / 1024} kB.` });

/** JSON text → a plain object, or a 400 / 415 / 422 problem. */
export function parseJsonObject(text: string, contentType: string | null): Record<string, unknown> {
  if (!contentType || !/^application\/(.+\+)?json\b/i.test(contentType)) {
    throw new ProblemError({ status: 415, title: "Unsupported Media Type", detail: "Send the body as application/json." });
  }
  let value: unknown;
  try {
    value = JSON.parse(text, (_key, item: unknown) => (typeof item === "string" ? wellFormed(item) : item));
  } catch {
    throw new ProblemError({ status: 400, title: "Bad Request", detail: "The body is not valid JSON." });
  }
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw new ProblemError({ status: 422, title: "Unprocessable Content", detail: "The body must be a JSON object." });
  }
  return value as Record<string, unknown>;
}

// JSON may escape half a surrogate pair ("\ud800"), which Postgres cannot store; a browser
// posting a form replaces one with U+FFFD, and so does the API.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const wellFormed = (text: string) => text.replace(LONE_SURROGATE, "\uFFFD");

/**
 * The forms' schemas read strings, as a form posts them. JSON's own scalars are read as that text
 * (3 → "3", true → "true", null → "" which clears a field) and a list of tags as the comma list the
 * form takes, so API and form share one schema. Anything else is left for the schema to refuse.
 */
export function asFormFields(body: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(body).map(([key, value]) => {
      if (value === null) return [key, ""];
      if (typeof value === "number" || typeof value === "boolean") return [key, String(value)];
      if (Array.isArray(value) && value.every((item) => typeof item === "string")) return [key, value.join(", ")];
      return [key, value];
    }),
  );
}

/** Validates with a form's schema; failures become a 422 listing the form's own messages per field. */
export function parseWith<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  const { fieldErrors, message } = fieldErrorsOf(parsed.error);
  throw new ProblemError({ status: 422, title: "Unprocessable Content", detail: message, errors: fieldErrors });
}
