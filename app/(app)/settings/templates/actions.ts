"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { revalidateRecordPage, runFormAction, runOneClick, toId } from "@/lib/actions/form-action";
import { notFound } from "@/lib/errors";
import { copyBuiltInTemplate } from "@/lib/server/templates/copy-built-in-template";
import { deleteTemplate } from "@/lib/server/templates/delete-template";
import { updateTemplate } from "@/lib/server/templates/update-template";
import { resetDefaultTemplate } from "@/lib/server/templates/reset-default-template";
import { formDataToObject, type FormState } from "@/lib/validation/form";
import { letterKindSchema, templateSchema } from "@/lib/validation/template";

/** A letter kind from the client; anything else is answered as not found. */
function letterKind(kind: unknown) {
  const parsed = letterKindSchema.safeParse(kind);
  if (!parsed.success) throw notFound("Template");
  return parsed.data;
}

export async function copyTemplateAction(kind: string) {
  const { id } = await runOneClick((userId) => copyBuiltInTemplate(userId, letterKind(kind)));
  revalidatePath("/settings/templates");
  redirect(`/settings/templates/${id}`);
}

export async function resetDefaultTemplateAction(kind: string) {
  await runOneClick((userId) => resetDefaultTemplate(userId, letterKind(kind)));
  revalidatePath("/settings/templates");
}

export async function updateTemplateAction(templateId: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const outcome = await runFormAction(templateSchema, formDataToObject(formData), (user, input) => updateTemplate(user.id, toId(templateId), input));
  if (!outcome.ok) return outcome.state;
  revalidatePath("/settings/templates");
  revalidateRecordPage("/settings/templates", templateId);
  return { ok: true, message: "Template saved." };
}

export async function deleteTemplateAction(templateId: string) {
  await runOneClick((userId) => deleteTemplate(userId, toId(templateId)));
  revalidatePath("/settings/templates");
  redirect("/settings/templates");
}
