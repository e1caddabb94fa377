"use server";

import { redirect } from "next/navigation";
import { issueDeviceToken } from "@/lib/auth/device-cookie";
import { rememberDevice } from "@/lib/auth/login-client";
import { env } from "@/lib/env";
import { isAppError } from "@/lib/errors";
import { resetPassword } from "@/lib/server/password-resets/reset-password";
import { resetPasswordSchema } from "@/lib/validation/auth";
import { fieldErrorsOf, formDataToObject, type FormState } from "@/lib/validation/form";

export async function resetPasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = resetPasswordSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    const errors = fieldErrorsOf(parsed.error);
    return { ...errors, message: errors.fieldErrors.token?.[0] ?? errors.message };
  }
  let email: string;
  try {
    ({ email } = await resetPassword(parsed.data.token, parsed.data.newPassword));
  } catch (error) {
    if (isAppError(error)) return { message: error.message };
    throw error;
  }
  // This browser has just proved it reads the account's mail: a lock-out set off by strangers
  // no longer applies to it (docs/decisions/0012).
  await rememberDevice(issueDeviceToken(email, env().AUTH_SECRET));
  redirect("/login?reset=1");
}
