"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { FormMessage, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form";

type Values = { name: string; website: string; notes: string };

export function CompanyForm({ action, initial }: { action: (state: FormState, formData: FormData) => Promise<FormState>; initial: Values }) {
  const [state, formAction] = useFormAction(action, {});
  const values = { ...initial, ...(state.ok ? {} : state.values) };
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-4">
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <TextField name="name" label="Company name" required defaultValue={values.name} errors={errors.name} />
      <TextField name="website" label="Website" type="url" defaultValue={values.website} errors={errors.website} />
      <TextAreaField name="notes" label="Notes" rows={4} defaultValue={values.notes} errors={errors.notes} />
      <SubmitButton>Save</SubmitButton>
    </form>
  );
}
