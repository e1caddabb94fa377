"use server";

import { revalidatePath } from "next/cache";
import { runUndo } from "@/lib/actions/form-action";
import { requireActionUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { changeApplicationStatus } from "@/lib/server/applications/change-application-status";
import { moveApplicationSchema, statusSchema } from "@/lib/validation/application";
import type { FormState } from "@/lib/validation/form";

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
  revalidateMove(parsed.data.applicationId);
  return { ok: true };
}

function revalidateMove(applicationId: string) {
  revalidatePath("/board");
  revalidatePath("/applications");
  revalidatePath(`/applications/${applicationId}`);
  revalidatePath("/dashboard");
}

/** The toast's "Undo" after a move: back to `previous`, only while the card is still in `movedTo`. */
export async function undoMoveApplicationAction(applicationId: string, movedTo: string, previous: string): Promise<FormState> {
  const parsed = moveApplicationSchema.safeParse({ applicationId, status: previous });
  const from = statusSchema.safeParse(movedTo);
  if (!parsed.success || !from.success || parsed.data.status === "rejected") return { message: "That move cannot be undone." };
  const { applicationId: id, status } = parsed.data;
  return runUndo(
    (userId) => changeApplicationStatus(userId, id, status, { onlyFrom: from.data }),
    () => {
      revalidateMove(id);
      return { ok: true, message: "Moved back." };
    },
  );
}
