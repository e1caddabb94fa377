"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { FormMessage, SelectField, TextAreaField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form";
const favourOptions = [
  { value: "", label: "None" },
  { value: "given", label: "Given (I helped them)" },
  { value: "received", label: "Received (they helped me)" },
  { value: "owed", label: "Owed (I still have to do something)" },
];

type Props = {
  action: (state: FormState, formData: FormData) => Promise<FormState>;
  now: string;
  // Passed in by the page so that the validation module stays out of the browser bundle.
  kindOptions: { value: string; label: string }[];
};

export function LogInteractionForm({ action, now, kindOptions }: Props) {
  const [state, formAction] = useFormAction(action, {});
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
