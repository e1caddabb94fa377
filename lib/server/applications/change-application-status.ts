import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import type { ApplicationStatus } from "../../validation/application";
import { applyStatusChange } from "./apply-status-change";

/**
 * Moves an application to another status (the board, the status menu). With `onlyFrom` (Undo of
 * a move), only while it is still in that status: otherwise a CONFLICT, nothing written.
 */
export async function changeApplicationStatus(userId: string, applicationId: string, status: ApplicationStatus, { onlyFrom }: { onlyFrom?: ApplicationStatus } = {}) {
  return db.$transaction(async (tx) => {
    const current = await tx.application.findFirst({
      where: { id: applicationId, userId, deletedAt: null },
      select: { id: true, status: true },
    });
    if (!current) throw notFound("Application");
    if (onlyFrom && current.status !== onlyFrom) throw new AppError("CONFLICT", "It changed since, so it was not undone");
    const changed = await applyStatusChange(userId, { applicationId: current.id, from: current.status, to: status }, tx);
    return { id: current.id, changed };
  });
}
