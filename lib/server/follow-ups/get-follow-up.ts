import { db } from "../../db";
import { notFound } from "../../errors";
import { NOT_ABOUT_TRASHED_CONTACT } from "../contacts/trash";

export async function getFollowUp(userId: string, id: string) {
  const followUp = await db.followUp.findFirst({
    where: { id, userId, ...NOT_ABOUT_TRASHED_CONTACT },
    include: { contact: { select: { id: true, name: true } }, application: { select: { id: true, role: true, company: { select: { name: true } } } } },
  });
  if (!followUp) throw notFound("Follow-up");
  return followUp;
}
