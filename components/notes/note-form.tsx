"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { FormMessage, TextAreaField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form";

export function NoteForm({ action }: { action: (state: FormState, formData: FormData) => Promise<FormState> }) {
  const [state, formAction] = useFormAction(action, {});
  return (
    // React empties the form after each submission; a failed one gets its text back as defaultValue.
    <form action={formAction} noValidate className="space-y-3">
      <TextAreaField name="body" label="Note" rows={3} defaultValue={state.values?.body} errors={state.fieldErrors?.body} hint="Markdown: **bold**, lists, [links](https://example.com)." />
      <FormMessage message={state.ok ? null : state.message} />
      <SubmitButton variant="secondary">Add note</SubmitButton>
    </form>
  );
}
