import type { LetterKind } from "@prisma/client";
import { db } from "../../db";

export type LetterOwed = {
  id: string;
  kind: LetterKind;
  subject: string;
  dueAt: Date | null;
  recipientName: string | null;
  contact: { id: string; name: string } | null;
  application: { id: string; role: string; company: { name: string } } | null;
};

type Row = Omit<LetterOwed, "contact" | "application"> & {
  contactId: string | null;
  contactName: string | null;
  applicationId: string | null;
  role: string | null;
  companyName: string | null;
};

/**
 * Drafts still to write, soonest due first, for the dashboard's "letters waiting" card.
 * Raw SQL, like the dashboard's other cards: Prisma compiling each query cost more CPU than
 * running it (bench/RESULTS.md). Only the page of drafts is joined to contacts and applications.
 */
export async function listLettersOwed(userId: string, limit = 5): Promise<LetterOwed[]> {
  const rows = await db.$queryRaw<Row[]>`
    SELECT l.id, l.kind::text AS kind, l.subject, l."dueAt", l."recipientName",
      ct.id AS "contactId", ct.name AS "contactName", a.id AS "applicationId", a.role, co.name AS "companyName"
    FROM (
      SELECT * FROM "Letter" WHERE "userId" = ${userId} AND status = 'draft'
      ORDER BY "dueAt" ASC NULLS LAST, id ASC LIMIT ${limit}
    ) l
    LEFT JOIN "Contact" ct ON ct.id = l."contactId"
    LEFT JOIN "Application" a ON a.id = l."applicationId"
    LEFT JOIN "Company" co ON co.id = a."companyId"
    ORDER BY l."dueAt" ASC NULLS LAST, l.id ASC`;
  return rows.map(({ contactId, contactName, applicationId, role, companyName, ...letter }) => ({
    ...letter,
    contact: contactId ? { id: contactId, name: contactName! } : null,
    application: applicationId ? { id: applicationId, role: role!, company: { name: companyName! } } : null,
  }));
}
