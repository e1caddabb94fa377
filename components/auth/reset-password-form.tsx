"use client";

import Link from "next/link";
import { resetPasswordAction } from "@/app/(auth)/reset-password/actions";
import { FormMessage, TextField } from "@/components/ui/field";
import { SubmitButton } from "@/components/ui/submit-button";
import { PASSWORD_MIN } from "@/lib/validation/password-rules";
import { useFormAction } from "@/components/ui/use-form-action";

export function ResetPasswordForm({ token }: { token: string }) {
  const [state, action] = useFormAction(resetPasswordAction, {});
  return (
    <form action={action} className="space-y-4" noValidate>
      <h1 className="text-lg font-semibold">Set a new password</h1>
      <FormMessage message={state.fieldErrors?.newPassword ? null : state.message} />
      <input type="hidden" name="token" value={token} />
      <TextField
        name="newPassword"
        label="New password"
        type="password"
        autoComplete="new-password"
        required
        hint={`At least ${PASSWORD_MIN} characters. A long passphrase is best. Every device signed in to your account will be logged out.`}
        errors={state.fieldErrors?.newPassword}
      />
      <SubmitButton className="w-full">Set password</SubmitButton>
      <p className="text-center text-sm">
        <Link href="/forgot-password" className="font-medium text-brand-600 hover:underline">
          Ask for a new link
        </Link>
      </p>
    </form>
  );
}
