"use client";

import { useActionState } from "react";
import { loadDemoDataAction } from "@/app/(app)/dashboard/actions";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import type { FormState } from "@/lib/validation/form";

/** For an empty account: a month of made-up job search to look around with. */
export function LoadDemoData() {
  const [state, formAction] = useActionState<FormState>(loadDemoDataAction, {});
  return (
    <form action={formAction} className="space-y-2">
      <p className="text-sm text-slate-600 dark:text-slate-400">Rather look around first? Fill this empty account with example data.</p>
      <SubmitButton variant="secondary">Load demo data</SubmitButton>
      <FormMessage message={state.message} tone={state.ok ? "success" : "error"} />
    </form>
  );
}
