import type { z } from "zod";
import { stripNul } from "./fields";

export type FormState<Fields extends string = string> = {
  ok?: boolean;
  message?: string | null;
  fieldErrors?: Partial<Record<Fields, string[]>>;
  // What the user typed, returned on failure so the form keeps it (or, after a save, what was saved).
  values?: Record<string, string>;
};

/** Postgres text cannot hold NUL, and no keyboard types it: dropped, so a forged one is no 500. */


/** FormData → plain object, keeping only string fields (files are handled where expected). */
export function formDataToObject(formData: FormData, options: { omit?: string[] } = {}): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || options.omit?.includes(key)) continue;
    if (typeof value === "string") result[key] = stripNul(value);
  }
  return result;
}

/** zod errors → one list of messages per field, with unknown keys reported on the form. */
export function fieldErrorsOf(error: z.ZodError): { fieldErrors: Record<string, string[]>; message: string } {
  const fieldErrors: Record<string, string[]> = {};
  const formErrors: string[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      formErrors.push(`Unexpected field${issue.keys.length > 1 ? "s" : ""}: ${issue.keys.join(", ")}`);
      continue;
    }
    const key = issue.path.length ? String(issue.path[0]) : "";
    if (!key) {
      formErrors.push(issue.message);
      continue;
    }
    (fieldErrors[key] ??= []).push(issue.message);
  }
  return { fieldErrors, message: formErrors[0] ?? "Please correct the highlighted fields." };
}
