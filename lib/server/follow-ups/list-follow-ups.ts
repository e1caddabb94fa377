import { db } from "../../db";
import { dueGroupOf, type DueGroup } from "../../schedule/reminders";
import { followUpListSelect, OPEN_STATUSES, type FollowUpListItem } from "./shared";
import { NOT_ABOUT_TRASHED_CONTACT } from "../contacts/trash";

// A screenful of the soonest; the rest is counted so the page can say so. Each item carries its
// action forms, so 500 made a 2.4 MB page for a heavy user (bench/RESULTS.md).
export const FOLLOW_UPS_SHOWN = 100;

export type FollowUpGroups = Record<DueGroup, FollowUpListItem[]>;

/** The user's open follow-ups, soonest first, in the groups of the /follow-ups page. */
export async function listFollowUps(
  userId: string,
  { now = new Date(), timeZone, limit = FOLLOW_UPS_SHOWN }: { now?: Date; timeZone: string; limit?: number },
) {
  const where = { userId, status: { in: [...OPEN_STATUSES] }, ...NOT_ABOUT_TRASHED_CONTACT };
  const [items, total] = await Promise.all([
    db.followUp.findMany({ where, select: followUpListSelect, orderBy: [{ dueAt: "asc" }, { id: "asc" }], take: limit }),
    db.followUp.count({ where }),
  ]);
  const groups: FollowUpGroups = { overdue: [], today: [], week: [], later: [] };
  for (const item of items) groups[dueGroupOf(item.dueAt, now, timeZone)].push(item);
  return { groups, total, shown: items.length };
}
