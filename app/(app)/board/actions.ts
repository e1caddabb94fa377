"use server";

import { revalidatePath } from "next/cache";
import { requireActionUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { changeApplicationStatus } from "@/lib/server/applications/change-application-status";
import { moveApplicationSchema } from "@/lib/validation/application";

export type MoveResult = { ok: true } | { ok: false; message: string };

/**
 * Moves a card to another column. Rejected is not set here: the board sends the user to the
 * rejection form instead, which records the rejection and sets the status itself.
 */
export async function moveApplicationAction(applicationId: string, status: string): Promise<MoveResult> {
  const parsed = moveApplicationSchema.safeParse({ applicationId, status });
  if (!parsed.success || parsed.data.status === "rejected") return { ok: false, message: "That move is not possible." };
  try {
    const user = await requireActionUser();
    await changeApplicationStatus(user.id, parsed.data.applicationId, parsed.data.status);
  } catch (error) {
    if (isAppError(error)) return { ok: false, message: error.message };
    throw error;
  }
  revalidatePath("/board");
  revalidatePath("/applications");
  revalidatePath(`/applications/${parsed.data.applicationId}`);
  revalidatePath("/dashboard");
  return { ok: true };
}
