"use server";

import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import { revalidateRecordPage, runFormAction } from "@/lib/actions/form-action";
import { requireActionUser } from "@/lib/auth/current-user";
import { asAppError, isAppError } from "@/lib/errors";
import { copyBuiltInTemplate } from "@/lib/server/templates/copy-built-in-template";
import { deleteTemplate } from "@/lib/server/templates/delete-template";
import { updateTemplate } from "@/lib/server/templates/update-template";
import { resetDefaultTemplate } from "@/lib/server/templates/reset-default-template";
import { formDataToObject, type FormState } from "@/lib/validation/form";
import { letterKindSchema, templateSchema } from "@/lib/validation/template";

async function userIdOrLogin() {
  try {
    return (await requireActionUser()).id;
  } catch (error) {
    if (isAppError(error)) redirect("/login");
    throw error;
  }
}

export async function copyTemplateAction(kind: string) {
  const userId = await userIdOrLogin();
  const parsed = letterKindSchema.safeParse(kind);
  if (!parsed.success) notFound();
  const { id } = await copyBuiltInTemplate(userId, parsed.data);
  revalidatePath("/settings/templates");
  redirect(`/settings/templates/${id}`);
}

export async function resetDefaultTemplateAction(kind: string) {
  const userId = await userIdOrLogin();
  const parsed = letterKindSchema.safeParse(kind);
  if (!parsed.success) notFound();
  await resetDefaultTemplate(userId, parsed.data);
  revalidatePath("/settings/templates");
}

export async function updateTemplateAction(templateId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(templateSchema, formDataToObject(formData), (user, input) => updateTemplate(user.id, templateId, input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/settings/templates");
  revalidateRecordPage("/settings/templates", templateId);
  return { ok: true, message: "Template saved.", values: formDataToObject(formData) };
}

export async function deleteTemplateAction(templateId: string) {
  const userId = await userIdOrLogin();
  try {
    await deleteTemplate(userId, templateId);
  } catch (error) {
    if (asAppError(error)?.code === "NOT_FOUND") notFound();
    throw error;
  }
  revalidatePath("/settings/templates");
  redirect("/settings/templates");
}
