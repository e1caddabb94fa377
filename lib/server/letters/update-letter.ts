import { db, type Tx } from "../../db";
import { AppError, notFound } from "../../errors";
import type { LetterTextInput } from "../../validation/letter";

/** Saves the user's edits to a draft; a letter already sent or skipped is no longer editable. */
export async function updateLetter(userId: string, letterId: string, input: LetterTextInput, tx?: Tx) {
  const client = tx ?? db;
  const { count } = await client.letter.updateMany({ where: { id: letterId, userId, status: "draft" }, data: input });
  if (count === 0) {
    const exists = await client.letter.count({ where: { id: letterId, userId } });
    if (!exists) throw notFound("Letter");
    throw new AppError("CONFLICT", "This letter has already been sent or skipped.");
  }
}
