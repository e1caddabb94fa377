import { db } from "../../db";
import { notFound } from "../../errors";

export async function deleteInterview(userId: string, interviewId: string) {
  const { count } = await db.interview.deleteMany({ where: { id: interviewId, userId } });
  if (!count) throw notFound("Interview");
}
