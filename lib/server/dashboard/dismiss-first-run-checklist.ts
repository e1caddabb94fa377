import { db } from "../../db";
import { notFound } from "../../errors";

/** Hides the dashboard's first-run checklist for good. */
export async function dismissFirstRunChecklist(userId: string) {
  const { count } = await db.user.updateMany({ where: { id: userId }, data: { checklistDismissedAt: new Date() } });
  if (count === 0) throw notFound("Account");
}
