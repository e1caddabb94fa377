"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { FormMessage, SelectField, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form";

type FormAction = (state: FormState, formData: FormData) => Promise<FormState>;

/** Apply: the company and role are asked for only when the application does not exist yet. */
export function ApplyProposalForm({ proposalId, action, newApplication }: { proposalId: string; action: FormAction; newApplication: { company: string; role: string } | null }) {
  const [state, formAction] = useFormAction(action, {});
  const errors = state.fieldErrors ?? {};
  return (
    <form action={formAction} noValidate className="space-y-3">
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
      {newApplication ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField id={`company-${proposalId}`} name="company" label="Company" defaultValue={state.values?.company ?? newApplication.company} errors={errors.company} />
          <TextField id={`role-${proposalId}`} name="role" label="Role" defaultValue={state.values?.role ?? newApplication.role} errors={errors.role} />
        </div>
      ) : null}
      <SubmitButton>Apply</SubmitButton>
    </form>
  );
}

/** "Choose another application": the candidates first, then the user's recent applications. */
export function ChooseApplicationForm({ proposalId, action, options, open }: { proposalId: string; action: FormAction; options: { value: string; label: string }[]; open: boolean }) {
  const [state, formAction] = useFormAction(action, {});
  return (
    <details open={open || Boolean(state.message)} className="group">
      <summary className="cursor-pointer list-none rounded-md border border-slate-300 px-3.5 py-2 text-sm font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
        Choose another application
      </summary>
      <form action={formAction} noValidate className="mt-3 space-y-3">
        <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
        <SelectField id={`application-${proposalId}`} name="applicationId" label="Application" options={[{ value: "", label: "Choose…" }, ...options]} errors={state.fieldErrors?.applicationId} />
        <SubmitButton variant="secondary">Use this application</SubmitButton>
      </form>
    </details>
  );
}
