import { db } from "../../db";

/** Drafts still to write, soonest due first, for the dashboard's "letters waiting" card. */
export function listLettersOwed(userId: string, limit = 5) {
  return db.letter.findMany({
    where: { userId, status: "draft" },
    orderBy: [{ dueAt: { sort: "asc", nulls: "last" } }, { id: "asc" }],
    take: limit,
    select: {
      id: true,
      kind: true,
      subject: true,
      dueAt: true,
      recipientName: true,
      contact: { select: { id: true, name: true } },
      application: { select: { id: true, role: true, company: { select: { name: true } } } },
    },
  });
}
export type LetterOwed = Awaited<ReturnType<typeof listLettersOwed>>[number];
