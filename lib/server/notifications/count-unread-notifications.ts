import { db } from "../../db";

// On every signed-in page (the header's badge): raw SQL skips the query planner's per-call cost.
export async function countUnreadNotifications(userId: string): Promise<number> {
  const [row] = await db.$queryRaw<{ unread: number }[]>`
    SELECT count(*)::int AS unread FROM "Notification" WHERE "userId" = ${userId} AND "readAt" IS NULL`;
  return row?.unread ?? 0;
}
