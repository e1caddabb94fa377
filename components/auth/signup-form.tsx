"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import { signUpAction } from "@/app/(auth)/signup/actions";
import { EmailField } from "@/components/auth/email-field";
import { FormMessage, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { PASSWORD_MIN } from "@/lib/validation/password-rules";
import { useFormAction } from "@/components/ui/use-form-action";

const browserTimeZone = () => Intl.DateTimeFormat().resolvedOptions().timeZone;

export function SignupForm() {
  const [state, action] = useFormAction(signUpAction, {});
  // The browser's zone, so reminders fire at the user's local hour from the first day.
  const timeZone = useSyncExternalStore(() => () => {}, browserTimeZone, () => "");
  return (
    <form action={action} className="space-y-4" noValidate>
      <h1 className="text-lg font-semibold">Create your account</h1>
      <FormMessage message={state.fieldErrors ? null : state.message} />
      <input type="hidden" name="timeZone" value={timeZone} />
      <TextField name="name" label="Name" autoComplete="name" defaultValue={state.values?.name} errors={state.fieldErrors?.name} />
      <EmailField state={state} />
      <TextField
        name="password"
        label="Password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN} characters. A long passphrase is best.`}
        errors={state.fieldErrors?.password}
      />
      <SubmitButton className="w-full">Sign up</SubmitButton>
      <p className="text-center text-sm text-slate-600 dark:text-slate-400">
        Already have an account?{" "}
        <Link href="/login" className="font-medium text-brand-600 hover:underline">
          Log in
        </Link>
      </p>
    </form>
  );
}
