"use server";

import { revalidatePath } from "next/cache";
import { runFormAction } from "@/lib/actions/form-action";
import { requireActionUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { regenerateCalendarToken } from "@/lib/server/calendar/regenerate-calendar-token";
import { updatePreferences } from "@/lib/server/settings/update-preferences";
import { formDataToObject, type FormState } from "@/lib/validation/form";
import { preferencesFormValues, preferencesSchema } from "@/lib/validation/settings";

export async function updatePreferencesAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(preferencesSchema, formDataToObject(formData), (user, input) => updatePreferences(user.id, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/", "layout");
  // The form shows what was saved, not what the page was first rendered with.
  return { ok: true, message: "Preferences saved.", values: preferencesFormValues(outcome.value) };
}

export async function regenerateCalendarTokenAction(): Promise<FormState> {
  try {
    const user = await requireActionUser();
    await regenerateCalendarToken(user.id);
  } catch (error) {
    if (isAppError(error)) return { message: error.message };
    throw error;
  }
  revalidatePath("/settings");
  return { ok: true, message: "New feed address created. The old one no longer works." };
}
