import { db } from "../../db";
import { notFound } from "../../errors";

export async function deleteFollowUp(userId: string, id: string) {
  const { count } = await db.followUp.deleteMany({ where: { id, userId } });
  if (count === 0) throw notFound("Follow-up");
}
