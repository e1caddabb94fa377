import { db } from "../../db";
import { notFound } from "../../errors";

export async function getFollowUp(userId: string, id: string) {
  const followUp = await db.followUp.findFirst({
    where: { id, userId },
    include: { contact: { select: { id: true, name: true } }, application: { select: { id: true, role: true, company: { select: { name: true } } } } },
  });
  if (!followUp) throw notFound("Follow-up");
  return followUp;
}
