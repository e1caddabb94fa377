"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { runFormAction, toId } from "@/lib/actions/form-action";
import { logRejection } from "@/lib/server/rejections/log-rejection";
import { formDataToObject, type FormState } from "@/lib/validation/form";
import { logRejectionSchema } from "@/lib/validation/rejection";

export async function logRejectionAction(applicationId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(logRejectionSchema, formDataToObject(formData), (user, input) => logRejection(user.id, toId(applicationId), input));
  if (!outcome.ok) return outcome.state;
  for (const path of ["/applications", "/board", "/dashboard", "/letters", `/applications/${applicationId}`]) revalidatePath(path);
  redirect(`/applications/${applicationId}/rejection/letters`);
}
