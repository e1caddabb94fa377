"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { Picker } from "@/components/ui/combobox";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; contactId: string; name: string };

export function MergeContactForm({ action, contactId, name }: Props) {
  const [state, formAction] = useFormAction(action, {});
  return (
    <details className="rounded-lg border border-slate-200 p-3 text-sm dark:border-slate-700">
      <summary className="cursor-pointer font-medium">Merge a duplicate into {name}</summary>
      <form action={formAction} className="mt-3 space-y-3">
        <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
        <Picker
          id="duplicateId"
          name="duplicateId"
          label="Duplicate contact"
          source="contacts"
          placeholder="Search your contacts"
          exclude={[contactId]}
          errors={state.fieldErrors?.duplicateId}
          hint="Its interviews, interactions, notes and follow-ups move here; then it is deleted."
        />
        <SubmitButton variant="secondary">Merge contacts</SubmitButton>
      </form>
    </details>
  );
}
