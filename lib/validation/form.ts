import type { z } from "zod";
import { storableText } from "./fields";

export type FormState<Fields extends string = string> = {
  ok?: boolean;
  message?: string | null;
  fieldErrors?: Partial<Record<Fields, string[]>>;
  // What the user typed, returned on failure so the form keeps it (or, after a save, what was saved).
  values?: Record<string, string>;
};

/**
 * The form an action was called with. A forged call may send a string, nothing or anything else
 * in its place: that reads as an empty form, whose required fields the schema then asks for.
 */
export function formOf(value: unknown): FormData {
  return value instanceof FormData ? value : new FormData();
}

/** FormData → plain object, keeping only string fields (files are handled where expected), made storable. */
export function formDataToObject(formData: unknown, options: { omit?: string[] } = {}): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [key, value] of formOf(formData).entries()) {
    if (key.startsWith("$ACTION") || options.omit?.includes(key)) continue;
    if (typeof value === "string") result[key] = storableText(value);
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
