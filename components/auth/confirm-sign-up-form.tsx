"use client";

import { confirmSignUpAction } from "@/app/(auth)/signup/actions";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

export function ConfirmSignUpForm({ token }: { token: string }) {
  const [state, action] = useFormAction(confirmSignUpAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <h1 className="text-lg font-semibold">Finish signing up</h1>
      <FormMessage message={state.message} />
      <input type="hidden" name="token" value={token} />
      <p className="text-sm text-slate-700 dark:text-slate-300">Your e-mail address is confirmed. Create your account to start.</p>
      <SubmitButton className="w-full">Finish signing up</SubmitButton>
    </form>
  );
}
