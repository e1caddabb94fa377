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
import { letterAudienceSchema, letterKindSchema, templateSchema } from "@/lib/validation/template";

/** A letter kind and audience from the client; anything else is answered as not found. */
function templateSlot(kind: unknown, audience: unknown) {
  const parsedKind = letterKindSchema.safeParse(kind);
  const parsedAudience = letterAudienceSchema.safeParse(audience ?? "anyone");
  if (!parsedKind.success || !parsedAudience.success) throw notFound("Template");
  return [parsedKind.data, parsedAudience.data] as const;
}

export async function copyTemplateAction(kind: string, audience?: string) {
  const { id } = await runOneClick((userId) => copyBuiltInTemplate(userId, ...templateSlot(kind, audience)));
  revalidatePath("/settings/templates");
  redirect(`/settings/templates/${id}`);
}

export async function resetDefaultTemplateAction(kind: string, audience?: string) {
  await runOneClick((userId) => resetDefaultTemplate(userId, ...templateSlot(kind, audience)));
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
