"use client";

import { unstable_rethrow } from "next/navigation";
import { useActionState } from "react";
import { requestFailureMessage } from "@/lib/actions/body-limit";
import type { FormState } from "@/lib/validation/form";

function typedValues(formData: FormData): Record<string, string> {
  return Object.fromEntries([...formData.entries()].filter((entry): entry is [string, string] => typeof entry[1] === "string" && !entry[0].startsWith("$ACTION")));
}

/**
 * `useActionState` for a form whose request can fail before its action answers (a body over the
 * limit, a server error, the network): the failure becomes the form's message and what the user
 * typed stays, instead of the error page. Redirects and not-found pass through.
 */
export function useFormAction(action: (state: FormState, formData: FormData) => Promise<FormState>, initial: FormState) {
  return useActionState<FormState, FormData>(async (previous, formData) => {
    try {
      return await action(previous, formData);
    } catch (error) {
      unstable_rethrow(error);
      return { ...previous, ok: false, message: requestFailureMessage(error), values: formData instanceof FormData ? typedValues(formData) : previous.values };
    }
  }, initial);
}
