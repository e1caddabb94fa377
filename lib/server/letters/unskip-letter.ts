import { db } from "../../db";
import { AppError, notFound } from "../../errors";

/** Undo of Skip: a skipped letter is back among the letters to write, exactly as it was. */
export async function unskipLetter(userId: string, letterId: string) {
  const { count } = await db.letter.updateMany({ where: { id: letterId, userId, status: "skipped" }, data: { status: "draft" } });
  if (count === 0) {
    if (!(await db.letter.count({ where: { id: letterId, userId } }))) throw notFound("Letter");
    throw new AppError("CONFLICT", "It changed since, so it was not undone");
  }
}
