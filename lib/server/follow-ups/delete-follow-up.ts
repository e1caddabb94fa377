import { db } from "../../db";
import { notFound } from "../../errors";
import type { FollowUpUndoToken } from "../../validation/follow-up";

/** Deletes a follow-up; returns the Undo token that puts it back as it was (lib/server/follow-ups/undo-follow-up.ts). */
export async function deleteFollowUp(userId: string, id: string): Promise<FollowUpUndoToken> {
  return db.$transaction(async (tx) => {
    const row = await tx.followUp.findFirst({
      where: { id, userId },
      select: { title: true, notes: true, contactId: true, applicationId: true, rejectionId: true, dueAt: true, cadenceDays: true, status: true, origin: true, completedAt: true, remindedDueAt: true },
    });
    if (!row) throw notFound("Follow-up");
    await tx.followUp.deleteMany({ where: { id, userId } });
    return {
      action: "delete",
      id,
      row: { ...row, dueAt: row.dueAt.toISOString(), completedAt: row.completedAt?.toISOString() ?? null, remindedDueAt: row.remindedDueAt?.toISOString() ?? null },
    };
  });
}
