"use client";

import Link from "next/link";
import { logInAction } from "@/app/(auth)/login/actions";
import { EmailField } from "@/components/auth/email-field";
import { FormMessage, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

export function LoginForm({ redirectTo, notice }: { redirectTo?: string; notice?: string }) {
  const [state, action] = useFormAction(logInAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <h1 className="text-lg font-semibold">Log in</h1>
      {notice && !state.message ? <FormMessage tone="success" message={notice} /> : null}
      <FormMessage message={state.message} />
      {redirectTo ? <input type="hidden" name="redirectTo" value={redirectTo} /> : null}
      <EmailField state={state} />
      <TextField name="password" label="Password" type="password" autoComplete="current-password" required errors={state.fieldErrors?.password} />
      <p className="-mt-2 text-right text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-600 hover:underline">
          Forgot password?
        </Link>
      </p>
      <SubmitButton className="w-full">Log in</SubmitButton>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        New here?{" "}
        <Link href="/signup" className="font-medium text-brand-600 hover:underline">
          Create an account
        </Link>
      </p>
    </form>
  );
}
