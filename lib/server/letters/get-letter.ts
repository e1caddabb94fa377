import { db } from "../../db";
import { notFound } from "../../errors";

export const letterSelect = {
  id: true,
  kind: true,
  status: true,
  subject: true,
  body: true,
  recipientName: true,
  recipientEmail: true,
  dueAt: true,
  sentAt: true,
  rejectionId: true,
  rejection: { select: { feedback: true, keepOnFile: true, closeSecond: true } },
  audience: true,
  detail: true,
  credited: true,
  // deletedAt: a letter already sent stays on the list when its contact goes to the trash.
  contact: { select: { id: true, name: true, addressAs: true, deletedAt: true } },
  application: { select: { id: true, role: true, company: { select: { name: true } } } },
} as const;

export async function getLetter(userId: string, letterId: string) {
  const letter = await db.letter.findFirst({ where: { id: letterId, userId }, select: letterSelect });
  if (!letter) throw notFound("Letter");
  return letter;
}
export type LetterDetail = Awaited<ReturnType<typeof getLetter>>;
