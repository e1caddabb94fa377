import { db } from "../../db";
import { AppError, notFound } from "../../errors";
import { localInputToUtc } from "../../schedule/zoned";
import type { FollowUpInput } from "../../validation/follow-up";
import { assertLinksOwned, userTimeZone } from "./shared";

/** Edits a follow-up; a new due moment makes it remind again at that moment. */
export async function updateFollowUp(userId: string, id: string, input: FollowUpInput) {
  return db.$transaction(async (tx) => {
    await assertLinksOwned(tx, userId, input);
    const dueAt = localInputToUtc(input.dueAt, await userTimeZone(tx, userId));
    if (!dueAt) throw new AppError("INVALID", "Enter a real date and time", { dueAt: ["Enter a real date and time"] });
    const { count } = await tx.followUp.updateMany({
      where: { id, userId },
      data: {
        title: input.title,
        notes: input.notes ?? null,
        contactId: input.contactId ?? null,
        applicationId: input.applicationId ?? null,
        dueAt,
        cadenceDays: input.cadenceDays ?? null,
      },
    });
    if (count === 0) throw notFound("Follow-up");
  });
}
