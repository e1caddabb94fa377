"use client";

import Link from "next/link";
import { forgotPasswordAction } from "@/app/(auth)/forgot-password/actions";
import { EmailField } from "@/components/auth/email-field";
import { FormMessage } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { useFormAction } from "@/components/ui/use-form-action";

export function ForgotPasswordForm() {
  const [state, action] = useFormAction(forgotPasswordAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <h1 className="text-lg font-semibold">Forgot your password?</h1>
      <FormMessage tone={state.ok ? "success" : "error"} message={state.fieldErrors ? null : state.message} />
      <p className="text-sm text-slate-600 dark:text-slate-400">Enter the address you log in with and we will e-mail you a link to set a new password.</p>
      <EmailField state={state} />
      <SubmitButton className="w-full">Send reset link</SubmitButton>
      <p className="text-center text-sm">
        <Link href="/login" className="font-medium text-brand-600 hover:underline">
          Back to log in
        </Link>
      </p>
    </form>
  );
}
