"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActionUser } from "@/lib/auth/current-user";
import { toId } from "@/lib/actions/form-action";
import { isAppError } from "@/lib/errors";
import { completeFollowUp } from "@/lib/server/follow-ups/complete-follow-up";
import { createFollowUp } from "@/lib/server/follow-ups/create-follow-up";
import { deleteFollowUp } from "@/lib/server/follow-ups/delete-follow-up";
import { dismissFollowUp } from "@/lib/server/follow-ups/dismiss-follow-up";
import { snoozeFollowUp } from "@/lib/server/follow-ups/snooze-follow-up";
import { updateFollowUp } from "@/lib/server/follow-ups/update-follow-up";
import { followUpSchema, snoozeSchema } from "@/lib/validation/follow-up";
import { fieldErrorsOf, formDataToObject, formOf, type FormState } from "@/lib/validation/form";

function refreshLists() {
  revalidatePath("/follow-ups");
  revalidatePath("/dashboard");
}

/** Runs a domain call for the signed-in user; AppErrors become the form's message. */
async function attempt(run: (userId: string) => Promise<unknown>, values?: Record<string, string>): Promise<FormState | null> {
  try {
    const user = await requireActionUser();
    await run(user.id);
    return null;
  } catch (error) {
    if (isAppError(error)) return { message: error.message, fieldErrors: error.fieldErrors, values };
    throw error;
  }
}

export async function createFollowUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const parsed = followUpSchema.safeParse(values);
  if (!parsed.success) return { ...fieldErrorsOf(parsed.error), values };
  const failed = await attempt((userId) => createFollowUp(userId, parsed.data), values);
  if (failed) return failed;
  refreshLists();
  redirect("/follow-ups");
}

export async function updateFollowUpAction(id: string, _prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const parsed = followUpSchema.safeParse(values);
  if (!parsed.success) return { ...fieldErrorsOf(parsed.error), values };
  const failed = await attempt((userId) => updateFollowUp(userId, toId(id), parsed.data), values);
  if (failed) return failed;
  refreshLists();
  redirect("/follow-ups");
}

const idOf = (formData: FormData) => toId(formOf(formData).get("id"));

export async function completeFollowUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const failed = await attempt((userId) => completeFollowUp(userId, idOf(formData)));
  if (failed) return failed;
  refreshLists();
  return { ok: true, message: "Done. Nice work." };
}

export async function snoozeFollowUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const values = formDataToObject(formData);
  const parsed = snoozeSchema.safeParse(values);
  if (!parsed.success) return { ...fieldErrorsOf(parsed.error), values };
  const failed = await attempt((userId) => snoozeFollowUp(userId, parsed.data), values);
  if (failed) return failed;
  refreshLists();
  return { ok: true, message: "Snoozed." };
}

export async function dismissFollowUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const failed = await attempt((userId) => dismissFollowUp(userId, idOf(formData)));
  if (failed) return failed;
  refreshLists();
  return { ok: true, message: "Dismissed." };
}

export async function deleteFollowUpAction(_prev: FormState, formData: FormData): Promise<FormState> {
  const failed = await attempt((userId) => deleteFollowUp(userId, idOf(formData)));
  if (failed) return failed;
  refreshLists();
  return { ok: true, message: "Deleted." };
}
