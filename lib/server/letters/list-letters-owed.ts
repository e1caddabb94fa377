import type { LetterKind } from "@prisma/client";
import { db } from "../../db";
import { LINKED_RECORD_COLUMNS, linkedRecordJoins, withLinkedRecords, type LinkedRecordColumns, type LinkedRecords } from "../raw-sql";
import { notAboutTrashedContact } from "../contacts/trash";

export type LetterOwed = LinkedRecords & { id: string; kind: LetterKind; subject: string; dueAt: Date | null; recipientName: string | null };

/**
 * Drafts still to write, soonest due first, for the dashboard's "letters waiting" card.
 * Raw SQL, like the dashboard's other cards: Prisma compiling each query cost more CPU than
 * running it (bench/RESULTS.md). Only the page of drafts is joined to contacts and applications.
 */
export async function listLettersOwed(userId: string, limit = 5): Promise<LetterOwed[]> {
  const rows = await db.$queryRaw<(Omit<LetterOwed, keyof LinkedRecords> & LinkedRecordColumns)[]>`
    SELECT l.id, l.kind::text AS kind, l.subject, l."dueAt", l."recipientName", ${LINKED_RECORD_COLUMNS}
    FROM (
      SELECT * FROM "Letter" WHERE "userId" = ${userId} AND status = 'draft' AND ${notAboutTrashedContact('"Letter"')}
      ORDER BY "dueAt" ASC NULLS LAST, id ASC LIMIT ${limit}
    ) l
    ${linkedRecordJoins("l")}
    ORDER BY l."dueAt" ASC NULLS LAST, l.id ASC`;
  return rows.map(withLinkedRecords);
}
