import { db, type Tx } from "../../db";
import { AppError, notFound } from "../../errors";
import { tidyLine } from "../../letters/person-detail";
import type { LetterFactsInput, LetterTextInput } from "../../validation/letter";

/**
 * Saves the user's edits to a draft (and, for a rejection letter, the facts chosen for its
 * recipient); a letter already sent or skipped is no longer editable. A changed text marks the
 * letter as the user's own, so that re-drafting never overwrites it.
 */
export async function updateLetter(userId: string, letterId: string, input: LetterTextInput & Partial<LetterFactsInput>, tx?: Tx) {
  const client = tx ?? db;
  const letter = await client.letter.findFirst({ where: { id: letterId, userId }, select: { status: true, subject: true, body: true } });
  if (!letter) throw notFound("Letter");
  if (letter.status !== "draft") throw new AppError("CONFLICT", "This letter has already been sent or skipped.");
  const changed = letter.subject !== input.subject || letter.body !== input.body;
  const facts = input.detail !== undefined ? { detail: tidyLine(input.detail), credited: input.credited ?? false } : {};
  const { count } = await client.letter.updateMany({
    where: { id: letterId, userId, status: "draft" },
    data: { subject: input.subject, body: input.body, ...facts, ...(changed ? { edited: true } : {}) },
  });
  if (count === 0) throw new AppError("CONFLICT", "This letter has already been sent or skipped.");
  return { changed };
}
