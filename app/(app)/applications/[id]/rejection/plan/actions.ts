"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { revalidateRecordPage, toId } from "@/lib/actions/form-action";
import { requireActionUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { acceptFollowUpPlan } from "@/lib/server/follow-up-plans/accept-follow-up-plan";
import { acceptPlanSchema, planFieldErrors, planFormToObject } from "@/lib/validation/follow-up-plan";
import { formDataToObject, type FormState } from "@/lib/validation/form";

export async function acceptPlanAction(applicationId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  try {
    const user = await requireActionUser();
    const parsed = acceptPlanSchema.safeParse(planFormToObject(values));
    if (!parsed.success) return { ...planFieldErrors(parsed.error), values };
    await acceptFollowUpPlan(user.id, toId(applicationId), parsed.data);
  } catch (error) {
    if (isAppError(error)) return { message: error.message, fieldErrors: error.fieldErrors, values };
    throw error;
  }
  for (const path of ["/follow-ups", "/dashboard"]) revalidatePath(path);
  revalidateRecordPage("/applications", applicationId);
  redirect(`/applications/${applicationId}/rejection/plan`);
}
