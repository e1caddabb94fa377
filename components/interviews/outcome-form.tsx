"use client";

import { useFormAction } from "@/components/ui/use-form-action";
import { inputClasses } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form";
import { INTERVIEW_OUTCOMES, INTERVIEW_OUTCOME_LABELS } from "@/lib/validation/pipeline-options";

type Props = { action: (state: FormState, formData: FormData) => Promise<FormState>; interviewId: string; outcome: string; label: string };

export function OutcomeForm({ action, interviewId, outcome, label }: Props) {
  const [state, formAction] = useFormAction(action, {});
  return (
    <form action={formAction} className="flex items-center gap-2 text-sm">
      <label className="sr-only" htmlFor={`outcome-${interviewId}`}>
        Outcome of {label}
      </label>
      <select id={`outcome-${interviewId}`} name="outcome" defaultValue={outcome} className={`${inputClasses} w-auto py-1`}>
        {INTERVIEW_OUTCOMES.map((value) => (
          <option key={value} value={value}>
            {INTERVIEW_OUTCOME_LABELS[value]}
          </option>
        ))}
      </select>
      <SubmitButton variant="secondary">Update</SubmitButton>
      <span role="status" className="text-xs text-slate-500">
        {state.message}
      </span>
    </form>
  );
}
