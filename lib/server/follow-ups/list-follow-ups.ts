import { db } from "../../db";
import { dueGroupOf, type DueGroup } from "../../schedule/reminders";
import { followUpListSelect, OPEN_STATUSES, type FollowUpListItem } from "./shared";

// Enough for any real list; the rest is counted so the page can say so.
const LIST_LIMIT = 500;

export type FollowUpGroups = Record<DueGroup, FollowUpListItem[]>;

/** The user's open follow-ups, soonest first, in the groups of the /follow-ups page. */
export async function listFollowUps(userId: string, { now = new Date(), timeZone }: { now?: Date; timeZone: string }) {
  const where = { userId, status: { in: [...OPEN_STATUSES] } };
  const [items, total] = await Promise.all([
    db.followUp.findMany({ where, select: followUpListSelect, orderBy: [{ dueAt: "asc" }, { id: "asc" }], take: LIST_LIMIT }),
    db.followUp.count({ where }),
  ]);
  const groups: FollowUpGroups = { overdue: [], today: [], week: [], later: [] };
  for (const item of items) groups[dueGroupOf(item.dueAt, now, timeZone)].push(item);
  return { groups, total, shown: items.length };
}
