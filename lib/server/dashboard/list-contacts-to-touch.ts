import { db } from "../../db";

/** Contacts whose keep-in-touch moment has come (by `before`), longest waiting first. */
export function listContactsToTouch(userId: string, { before, limit = 8 }: { before: Date; limit?: number }) {
  return db.contact.findMany({
    where: { userId, nextTouchAt: { lte: before } },
    orderBy: [{ nextTouchAt: "asc" }, { id: "asc" }],
    take: limit,
    select: { id: true, name: true, role: true, nextTouchAt: true, lastInteractionAt: true, company: { select: { name: true } } },
  });
}
