import { db } from "../../db";
import { notFound } from "../../errors";
import type { ApplicationStatus } from "../../validation/application";
import { applyStatusChange } from "./apply-status-change";

/** Moves an application to another status (the board, the status menu). */
export async function changeApplicationStatus(userId: string, applicationId: string, status: ApplicationStatus) {
  return db.$transaction(async (tx) => {
    const current = await tx.application.findFirst({
      where: { id: applicationId, userId, deletedAt: null },
      select: { id: true, status: true },
    });
    if (!current) throw notFound("Application");
    const changed = await applyStatusChange(userId, { applicationId: current.id, from: current.status, to: status }, tx);
    return { id: current.id, changed };
  });
}
