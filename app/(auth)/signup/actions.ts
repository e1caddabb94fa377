"use server";

import { signIn } from "@/lib/auth/auth";
import { isAppError } from "@/lib/errors";
import { signUpUser } from "@/lib/server/users/sign-up-user";
import { signUpSchema } from "@/lib/validation/auth";
import { fieldErrorsOf, formDataToObject, type FormState } from "@/lib/validation/form";

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const keep = { email: values.email ?? "", name: values.name ?? "" };
  const parsed = signUpSchema.safeParse(values);
  if (!parsed.success) return { ...fieldErrorsOf(parsed.error), values: keep };
  try {
    await signUpUser(parsed.data);
  } catch (error) {
    if (isAppError(error)) return { message: error.message, fieldErrors: error.fieldErrors, values: keep };
    throw error;
  }
  // Straight into the app: the new account signs in with what was just typed.
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/dashboard" });
  return {};
}
