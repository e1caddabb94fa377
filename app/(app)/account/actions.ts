"use server";

import { revalidatePath } from "next/cache";
import { signOut } from "@/lib/auth/auth";
import { runFormAction } from "@/lib/actions/form-action";
import { getCurrentSession } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { changePassword } from "@/lib/server/users/change-password";
import { deleteAccount } from "@/lib/server/users/delete-account";
import { updateCadenceDefaults } from "@/lib/server/users/update-cadence-defaults";
import { updateProfile } from "@/lib/server/users/update-profile";
import { cadenceDefaultsSchema, toCadenceDefaults } from "@/lib/validation/cadence-defaults";
import { changePasswordSchema, deleteAccountSchema, profileSchema } from "@/lib/validation/auth";
import { fieldErrorsOf, formDataToObject, type FormState } from "@/lib/validation/form";

const SESSION_ENDED: FormState = { message: "Your session has ended. Log in again." };

export async function updateProfileAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(profileSchema, formDataToObject(formData), (user, input) => updateProfile(user.id, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/", "layout");
  return { ok: true, message: "Saved." };
}

export async function updateCadenceDefaultsAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(cadenceDefaultsSchema, formDataToObject(formData), (user, input) =>
    updateCadenceDefaults(user.id, toCadenceDefaults(input)),
  );
  if (!outcome.ok) return outcome.state;
  revalidatePath("/settings");
  return { ok: true, message: "Saved. New contacts get these cadences." };
}

export async function changePasswordAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const session = await getCurrentSession();
  if (!session) return SESSION_ENDED;
  const parsed = changePasswordSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return fieldErrorsOf(parsed.error);
  try {
    await changePassword(session.user.id, parsed.data, session.sessionId);
  } catch (error) {
    if (isAppError(error)) return { message: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
  return { ok: true, message: "Password changed. Every other session has been logged out." };
}

export async function deleteAccountAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const session = await getCurrentSession();
  if (!session) return SESSION_ENDED;
  const parsed = deleteAccountSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) return fieldErrorsOf(parsed.error);
  try {
    await deleteAccount(session.user.id, parsed.data.confirmation);
  } catch (error) {
    if (isAppError(error)) return { message: error.message, fieldErrors: error.fieldErrors };
    throw error;
  }
  await signOut({ redirectTo: "/signup?deleted=1" });
  return {};
}
