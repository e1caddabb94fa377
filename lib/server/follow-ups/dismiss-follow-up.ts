import { db } from "../../db";
import { notFound } from "../../errors";
import { OPEN_STATUSES } from "./shared";

/** Drops a follow-up without doing it: no interaction, no next cadence, no more reminders. */
export async function dismissFollowUp(userId: string, id: string) {
  const { count } = await db.followUp.updateMany({
    where: { id, userId, status: { in: [...OPEN_STATUSES] } },
    data: { status: "dismissed" },
  });
  if (count === 0) throw notFound("Follow-up");
}
