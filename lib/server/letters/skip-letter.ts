import { db } from "../../db";
import { AppError, notFound } from "../../errors";

/** The user decided not to write this one: it leaves the list of letters owed. */
export async function skipLetter(userId: string, letterId: string) {
  const { count } = await db.letter.updateMany({ where: { id: letterId, userId, status: "draft" }, data: { status: "skipped" } });
  if (count === 0) {
    if (!(await db.letter.count({ where: { id: letterId, userId } }))) throw notFound("Letter");
    throw new AppError("CONFLICT", "This letter has already been sent or skipped.");
  }
}
