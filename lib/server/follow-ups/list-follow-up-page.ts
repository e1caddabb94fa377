import { db } from "../../db";
import { dueGroupOf, type DueGroup } from "../../schedule/reminders";
import { startOfLocalDay } from "../../schedule/zoned";
import { atMoment, LINKED_RECORD_COLUMNS, linkedRecordJoins, withLinkedRecords, type LinkedRecordColumns, type LinkedRecords } from "../raw-sql";
import { OPEN_STATUSES } from "./shared";
import { notAboutTrashedContact } from "../contacts/trash";

// A page of the /follow-ups list. Every item carries its menu, so the page's cost grows with it:
// 100 items (six forms each) served the heavy user at a tenth of the other pages' rate.
export const FOLLOW_UPS_PER_PAGE = 25;

/** What a row of /follow-ups shows, and nothing more. */
export type FollowUpRow = LinkedRecords & { id: string; title: string; dueAt: Date; status: "pending" | "snoozed"; cadenceDays: number | null };
type Row = Omit<FollowUpRow, keyof LinkedRecords> & LinkedRecordColumns;

export type DueGroupCounts = Record<DueGroup, number>;

/**
 * How many open follow-ups fall in each due group (the user's local days), in one statement that
 * reads the (userId, status, dueAt) index alone.
 */
export async function countFollowUpsByDueGroup(userId: string, { now = new Date(), timeZone }: { now?: Date; timeZone: string }): Promise<DueGroupCounts> {
  const today = atMoment(startOfLocalDay(now, timeZone));
  const tomorrow = atMoment(startOfLocalDay(now, timeZone, 1));
  const nextWeek = atMoment(startOfLocalDay(now, timeZone, 8));
  const [counts] = await db.$queryRaw<DueGroupCounts[]>`
    SELECT count(*) FILTER (WHERE "dueAt" < ${today})::int AS overdue,
      count(*) FILTER (WHERE "dueAt" >= ${today} AND "dueAt" < ${tomorrow})::int AS today,
      count(*) FILTER (WHERE "dueAt" >= ${tomorrow} AND "dueAt" < ${nextWeek})::int AS week,
      count(*) FILTER (WHERE "dueAt" >= ${nextWeek})::int AS later
    FROM "FollowUp"
    WHERE "userId" = ${userId} AND status = ANY(${[...OPEN_STATUSES]}::"FollowUpStatus"[]) AND ${notAboutTrashedContact('"FollowUp"')}`;
  return counts!;
}

/**
 * One page of the user's open follow-ups, soonest first, sorted into due groups, with every
 * group's full count. Only the page's rows are joined to their contact and application. As on
 * the dashboard, the page is taken per open status (an ordered walk of the index each) and
 * merged: sorting every open follow-up of a heavy user to keep 25 read the whole table.
 */
export async function listFollowUpPage(
  userId: string,
  { now = new Date(), timeZone, page = 1, perPage = FOLLOW_UPS_PER_PAGE }: { now?: Date; timeZone: string; page?: number; perPage?: number },
) {
  const [counts, rows] = await Promise.all([
    countFollowUpsByDueGroup(userId, { now, timeZone }),
    db.$queryRaw<Row[]>`
      WITH page AS (
        SELECT f.* FROM unnest(${[...OPEN_STATUSES]}::"FollowUpStatus"[]) AS s(status)
        CROSS JOIN LATERAL (
          SELECT id, title, "dueAt", status, "cadenceDays", "contactId", "applicationId" FROM "FollowUp"
          WHERE "userId" = ${userId} AND status = s.status AND ${notAboutTrashedContact('"FollowUp"')}
          ORDER BY "dueAt", id LIMIT ${page * perPage}
        ) f
        ORDER BY f."dueAt", f.id LIMIT ${perPage} OFFSET ${(page - 1) * perPage}
      )
      SELECT p.id, p.title, p."dueAt", p.status, p."cadenceDays", ${LINKED_RECORD_COLUMNS}
      FROM page p
      ${linkedRecordJoins("p")}
      ORDER BY p."dueAt", p.id`,
  ]);
  const groups: Record<DueGroup, FollowUpRow[]> = { overdue: [], today: [], week: [], later: [] };
  for (const row of rows) {
    const item = withLinkedRecords(row);
    groups[dueGroupOf(item.dueAt, now, timeZone)].push(item);
  }
  const total = counts.overdue + counts.today + counts.week + counts.later;
  return { groups, counts, total, page, pageCount: Math.max(1, Math.ceil(total / perPage)) };
}
