"use client";

import { useActionState } from "react";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form";
import { INTERACTION_KINDS, INTERACTION_KIND_LABELS } from "@/lib/validation/interaction";

const kindOptions = INTERACTION_KINDS.map((value) => ({ value, label: INTERACTION_KIND_LABELS[value] }));
const favourOptions = [
  { value: "", label: "No favour" },
  { value: "given", label: "I helped them" },
  { value: "received", label: "They helped me" },
  { value: "owed", label: "I owe them something" },
];

export function LogInteractionForm({ action, now }: { action: (state: FormState, formData: FormData) => Promise<FormState>; now: string }) {
  const [state, formAction] = useActionState(action, {});
  const values = state.ok ? {} : (state.values ?? {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-3 rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h3 className="font-medium">Log interaction</h3>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      <div className="grid gap-3 sm:grid-cols-3">
        <SelectField id="interaction-kind" name="kind" label="Kind" options={kindOptions} defaultValue={values.kind ?? "email"} errors={errors.kind} />
        <TextField id="interaction-when" name="occurredAt" label="When" type="datetime-local" required defaultValue={values.occurredAt ?? now} errors={errors.occurredAt} />
        <SelectField id="interaction-favour" name="favour" label="Favour" options={favourOptions} defaultValue={values.favour ?? ""} errors={errors.favour} />
      </div>
      <TextAreaField id="interaction-notes" name="notes" label="What happened" rows={2} defaultValue={values.notes} errors={errors.notes} />
      <SubmitButton variant="secondary">Log interaction</SubmitButton>
    </form>
  );
}
