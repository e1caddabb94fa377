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
 * typed stays, instead of the error page. The previous answer's field errors go: the server never
 * saw this submission, and forms that hide their message behind field errors must show this one.
 *
 * Redirects and not-found pass through. A redirect (Auth.js's `signIn` on success included)
 * arrives here after Next's router has already started the navigation (its server-action reducer
 * rejects the call with a `handled` redirect error); rethrown, it reaches the RedirectBoundary,
 * which only remounts the form — the same path as a server action given to `useActionState`.
 */
export function useFormAction(action: (state: FormState, formData: FormData) => Promise<FormState>, initial: FormState) {
  return useActionState<FormState, FormData>(async (previous, formData) => {
    try {
      // The previous state goes to the server with every call, and no action reads it: without
      // what was typed (the form data holds it again), so a body refused as too large does not
      // travel back inside the next call's state and push that one over the limit too.
      return await action({ ...previous, values: undefined }, formData);
    } catch (error) {
      unstable_rethrow(error);
      return { ...previous, ok: false, fieldErrors: undefined, message: requestFailureMessage(error), values: formData instanceof FormData ? typedValues(formData) : previous.values };
    }
  }, initial);
}
