"use server";

import { headers } from "next/headers";
import { clientIp } from "@/lib/auth/request-ip";
import { describeRetry } from "@/lib/auth/throttle";
import { requestPasswordReset } from "@/lib/server/password-resets/request-password-reset";
import { forgotPasswordSchema } from "@/lib/validation/auth";
import { fieldErrorsOf, formDataToObject, type FormState } from "@/lib/validation/form";

export async function forgotPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const keep = { email: values.email ?? "" };
  const parsed = forgotPasswordSchema.safeParse(values);
  if (!parsed.success) return { ...fieldErrorsOf(parsed.error), values: keep };
  const verdict = await requestPasswordReset(parsed.data.email, clientIp(await headers()));
  if (!verdict.allowed) {
    return { message: `Too many requests from your network. Try again ${describeRetry(verdict.retryAfterSeconds)}.`, values: keep };
  }
  // Worded for both cases: it must not tell whether the address has an account.
  return {
    ok: true,
    message: "If an account uses that address, we have sent it a link to set a new password. It works once, within an hour.",
    values: keep,
  };
}
