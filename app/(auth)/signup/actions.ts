"use server";

import { AuthError } from "next-auth";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { signIn } from "@/lib/auth/auth";
import { clientIp } from "@/lib/auth/request-ip";
import { describeRetry } from "@/lib/auth/throttle";
import { requestSignUp } from "@/lib/server/users/request-sign-up";
import { confirmSignUpSchema, signUpSchema } from "@/lib/validation/auth";
import { fieldErrorsOf, formDataToObject, type FormState } from "@/lib/validation/form";

export async function signUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const keep = { email: values.email ?? "", name: values.name ?? "" };
  const parsed = signUpSchema.safeParse(values);
  if (!parsed.success) return { ...fieldErrorsOf(parsed.error), values: keep };
  const verdict = await requestSignUp(parsed.data, clientIp(await headers()));
  if (!verdict.allowed) {
    return { message: `Too many sign-ups from your network. Try again ${describeRetry(verdict.retryAfterSeconds)}.`, values: keep };
  }
  // The same page whether the address is new or taken (docs/decisions/0012).
  redirect("/signup/check-email");
}

const LINK_UNUSABLE = "This link has expired or was already used. If your account exists, log in; otherwise sign up again.";

export async function confirmSignUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const parsed = confirmSignUpSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return { message: LINK_UNUSABLE };
  try {
    await signIn("sign-up-link", { token: parsed.data.token, redirectTo: "/dashboard" });
  } catch (error) {
    if (error instanceof AuthError) return { message: LINK_UNUSABLE };
    throw error; // the redirect that signIn throws on success
  }
  return {};
}
