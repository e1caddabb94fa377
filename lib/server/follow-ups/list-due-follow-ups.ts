import { db } from "../../db";
import { startOfLocalDay } from "../../schedule/zoned";
import { followUpListSelect, OPEN_STATUSES } from "./shared";

/** For the dashboard: open follow-ups that are overdue or due today (local day), soonest first. */
export async function listDueFollowUps(userId: string, { now = new Date(), timeZone }: { now?: Date; timeZone: string }) {
  const endOfToday = startOfLocalDay(now, timeZone, 1);
  const items = await db.followUp.findMany({
    where: { userId, status: { in: [...OPEN_STATUSES] }, dueAt: { lt: endOfToday } },
    select: followUpListSelect,
    orderBy: [{ dueAt: "asc" }, { id: "asc" }],
    take: 100,
  });
  const startOfToday = startOfLocalDay(now, timeZone);
  return {
    overdue: items.filter((item) => item.dueAt < startOfToday),
    today: items.filter((item) => item.dueAt >= startOfToday),
  };
}
