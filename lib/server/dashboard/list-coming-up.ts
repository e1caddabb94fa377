import { db } from "../../db";
import { atMoment, LINKED_RECORD_COLUMNS, linkedRecordJoins, withLinkedRecords, type LinkedRecordColumns, type LinkedRecords } from "../raw-sql";
import { OPEN_STATUSES } from "../follow-ups/shared";
import { notAboutTrashedContact } from "../contacts/trash";

export type ComingUpFollowUp = LinkedRecords & { id: string; title: string; dueAt: Date };

type Row = Omit<ComingUpFollowUp, keyof LinkedRecords> & LinkedRecordColumns & { total: number };

/**
 * Open follow-ups due from `from` (the start of tomorrow, in the user's zone) until `to` (the
 * end of the seventh day), soonest first: the `limit` first with their contact and application,
 * and how many there are in all. Read like listDueFollowUps: one ordered index walk per open
 * status, merged, so that a heavy user's week costs what a light user's does.
 */
export async function listComingUp(userId: string, { from, to, limit = 6 }: { from: Date; to: Date; limit?: number }) {
  const open = [...OPEN_STATUSES];
  const [start, end] = [atMoment(from), atMoment(to)];
  const rows = await db.$queryRaw<Row[]>`
    WITH page AS (
      SELECT f.* FROM unnest(${open}::"FollowUpStatus"[]) AS s(status)
      CROSS JOIN LATERAL (
        SELECT id, title, "dueAt", "contactId", "applicationId" FROM "FollowUp"
        WHERE "userId" = ${userId} AND status = s.status AND "dueAt" >= ${start} AND "dueAt" < ${end} AND ${notAboutTrashedContact('"FollowUp"')}
        ORDER BY "dueAt", id LIMIT ${limit}
      ) f
      ORDER BY f."dueAt", f.id LIMIT ${limit}
    )
    SELECT d.id, d.title, d."dueAt", ${LINKED_RECORD_COLUMNS},
      (SELECT count(*)::int FROM "FollowUp"
        WHERE "userId" = ${userId} AND status = ANY(${open}::"FollowUpStatus"[]) AND "dueAt" >= ${start} AND "dueAt" < ${end}
          AND ${notAboutTrashedContact('"FollowUp"')}) AS total
    FROM page d
    ${linkedRecordJoins("d")}
    ORDER BY d."dueAt", d.id`;
  const items: ComingUpFollowUp[] = rows.map(withLinkedRecords);
  return { items, total: rows[0]?.total ?? 0 };
}
