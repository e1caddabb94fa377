import type { LetterStatus } from "@prisma/client";
import { db } from "../../db";
import { letterSelect } from "./get-letter";
import { NOT_TO_WRITE_TO_TRASHED_CONTACT } from "../contacts/trash";

/**
 * The user's letters, drafts first by due moment, then the handled ones newest first; one
 * rejection's letters those to write first, then the handled ones (sent, then skipped), each
 * group in the order they were drafted: handling one moves it down, never to the top.
 */
export function listLetters(userId: string, { status, rejectionId, take = 200 }: { status?: LetterStatus; rejectionId?: string; take?: number } = {}) {
  return db.letter.findMany({
    where: { userId, ...NOT_TO_WRITE_TO_TRASHED_CONTACT, ...(status ? { status } : {}), ...(rejectionId ? { rejectionId } : {}) },
    orderBy: rejectionId
      ? [{ status: "asc" }, { createdAt: "asc" }, { id: "asc" }]
      : status === "draft"
        ? [{ dueAt: "asc" }, { id: "asc" }]
        : [{ updatedAt: "desc" }, { id: "asc" }],
    select: letterSelect,
    take,
  });
}
