"use server";

import { AuthError } from "next-auth";
import { signIn } from "@/lib/auth/auth";
import { loginClientOfRequest } from "@/lib/auth/login-client";
import { checkLoginThrottle, describeRetry } from "@/lib/auth/throttle";
import { logInSchema } from "@/lib/validation/auth";
import { fieldErrorsOf, formDataToObject, type FormState } from "@/lib/validation/form";

const INVALID = "That email and password do not match an account.";

function safeRedirect(target: string | undefined) {
  // Only same-site paths, so the login page cannot be used as an open redirect.
  return target && target.startsWith("/") && !target.startsWith("//") ? target : "/dashboard";
}

export async function logInAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const parsed = logInSchema.safeParse(values);
  const keep = { email: values.email ?? "" };
  if (!parsed.success) return { ...fieldErrorsOf(parsed.error), values: keep };

  const verdict = await checkLoginThrottle(parsed.data.email, await loginClientOfRequest(parsed.data.email));
  if (!verdict.allowed) {
    return { message: `Too many failed attempts. Try again ${describeRetry(verdict.retryAfterSeconds)}.`, values: keep };
  }
  try {
    await signIn("credentials", {
      email: parsed.data.email,
      password: parsed.data.password,
      redirectTo: safeRedirect(parsed.data.redirectTo),
    });
  } catch (error) {
    if (error instanceof AuthError) {
      const after = await checkLoginThrottle(parsed.data.email, await loginClientOfRequest(parsed.data.email));
      if (!after.allowed && error.type === "CredentialsSignin" && "code" in error && error.code === "throttled") {
        return { message: `Too many failed attempts. Try again ${describeRetry(after.retryAfterSeconds)}.`, values: keep };
      }
      return { message: INVALID, values: keep };
    }
    throw error; // the redirect that signIn throws on success
  }
  return {};
}
