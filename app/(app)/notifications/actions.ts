"use server";

import { revalidatePath } from "next/cache";
import { requireActionUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/server/notifications/mark-notifications-read";
import { formOf, type FormState } from "@/lib/validation/form";
import { toId } from "@/lib/actions/form-action";

export async function markNotificationReadAction(_prev: FormState, formData: FormData): Promise<FormState> {
  try {
    const user = await requireActionUser();
    await markNotificationRead(user.id, toId(formOf(formData).get("id")));
  } catch (error) {
    if (isAppError(error)) return { message: error.message };
    throw error;
  }
  revalidatePath("/", "layout");
  return { ok: true };
}

export async function markAllNotificationsReadAction(): Promise<FormState> {
  try {
    const user = await requireActionUser();
    await markAllNotificationsRead(user.id);
  } catch (error) {
    if (isAppError(error)) return { message: error.message };
    throw error;
  }
  revalidatePath("/", "layout");
  return { ok: true };
}
