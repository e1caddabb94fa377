"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { requireActionUser } from "@/lib/auth/current-user";
import { toId } from "@/lib/actions/form-action";
import { isAppError } from "@/lib/errors";
import { completeFollowUpUndoably } from "@/lib/server/follow-ups/complete-follow-up";
import { createFollowUp } from "@/lib/server/follow-ups/create-follow-up";
import { deleteFollowUp } from "@/lib/server/follow-ups/delete-follow-up";
import { dismissFollowUp } from "@/lib/server/follow-ups/dismiss-follow-up";
import { snoozeFollowUpUndoably } from "@/lib/server/follow-ups/snooze-follow-up";
import { undoFollowUp } from "@/lib/server/follow-ups/undo-follow-up";
import { updateFollowUp } from "@/lib/server/follow-ups/update-follow-up";
import { followUpSchema, followUpUndoSchema, snoozeSchema, type FollowUpUndoToken, type UndoableFormState } from "@/lib/validation/follow-up";
import { fieldErrorsOf, formDataToObject, formOf, type FormState } from "@/lib/validation/form";

function refreshLists() {
  revalidatePath("/follow-ups");
  revalidatePath("/dashboard");
  // Acting on a follow-up reads its reminders.
  revalidatePath("/notifications");
}

/** Runs a domain call for the signed-in user; AppErrors become the form's message. */
async function attempt(run: (userId: string) => Promise<unknown>, values?: Record<string, string>): Promise<FormState | null> {
  const outcome = await attemptFor(run, values);
  return "failed" in outcome ? outcome.failed : null;
}

/** As attempt, keeping the domain call's result. */
async function attemptFor<T>(run: (userId: string) => Promise<T>, values?: Record<string, string>): Promise<{ result: T } | { failed: FormState }> {
  try {
    const user = await requireActionUser();
    return { result: await run(user.id) };
  } catch (error) {
    if (isAppError(error)) return { failed: { message: error.message, fieldErrors: error.fieldErrors, values } };
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

export async function completeFollowUpAction(_prev: FormState, formData: FormData): Promise<UndoableFormState> {
  const outcome = await attemptFor((userId) => completeFollowUpUndoably(userId, idOf(formData)));
  if ("failed" in outcome) return outcome.failed;
  refreshLists();
  return { ok: true, message: "Done. Nice work.", undo: outcome.result.undo };
}

export async function snoozeFollowUpAction(_prev: FormState, formData: FormData): Promise<UndoableFormState> {
  const values = formDataToObject(formData);
  const parsed = snoozeSchema.safeParse(values);
  if (!parsed.success) return { ...fieldErrorsOf(parsed.error), values };
  const outcome = await attemptFor((userId) => snoozeFollowUpUndoably(userId, parsed.data), values);
  if ("failed" in outcome) return outcome.failed;
  refreshLists();
  return { ok: true, message: "Snoozed.", undo: outcome.result.undo };
}

export async function dismissFollowUpAction(_prev: FormState, formData: FormData): Promise<UndoableFormState> {
  const outcome = await attemptFor((userId) => dismissFollowUp(userId, idOf(formData)));
  if ("failed" in outcome) return outcome.failed;
  refreshLists();
  return { ok: true, message: "Dismissed.", undo: outcome.result };
}

/** The toast's "Undo" after Done, Snooze, Dismiss or Delete. */
export async function undoFollowUpAction(token: FollowUpUndoToken): Promise<FormState> {
  const parsed = followUpUndoSchema.safeParse(token);
  if (!parsed.success) return { message: "That can no longer be undone" };
  const failed = await attempt((userId) => undoFollowUp(userId, parsed.data));
  if (failed) return failed;
  refreshLists();
  return { ok: true, message: "Undone." };
}

export async function deleteFollowUpAction(_prev: FormState, formData: FormData): Promise<UndoableFormState> {
  const outcome = await attemptFor((userId) => deleteFollowUp(userId, idOf(formData)));
  if ("failed" in outcome) return outcome.failed;
  refreshLists();
  return { ok: true, message: "Deleted.", undo: outcome.result };
}
