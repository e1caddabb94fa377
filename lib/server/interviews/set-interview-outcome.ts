import { db } from "../../db";
import { notFound } from "../../errors";
import type { InterviewOutcome } from "@prisma/client";

export async function setInterviewOutcome(userId: string, interviewId: string, outcome: InterviewOutcome) {
  const { count } = await db.interview.updateMany({ where: { id: interviewId, userId }, data: { outcome } });
  if (!count) throw notFound("Interview");
}
