import type { ContactRole } from "@prisma/client";
import { db } from "../../db";
import { atMoment } from "../raw-sql";

export type ContactToTouch = {
  id: string;
  name: string;
  role: ContactRole;
  nextTouchAt: Date | null;
  lastInteractionAt: Date | null;
  company: { name: string } | null;
};

/**
 * Contacts whose keep-in-touch moment has come (by `before`), longest waiting first. Raw SQL for
 * the dashboard, where Prisma compiling the query cost more CPU than running it (bench/RESULTS.md).
 */
export async function listContactsToTouch(userId: string, { before, limit = 8 }: { before: Date; limit?: number }): Promise<ContactToTouch[]> {
  const rows = await db.$queryRaw<(Omit<ContactToTouch, "company"> & { companyName: string | null })[]>`
    SELECT ct.id, ct.name, ct.role::text AS role, ct."nextTouchAt", ct."lastInteractionAt", co.name AS "companyName"
    FROM (
      SELECT * FROM "Contact" WHERE "userId" = ${userId} AND "nextTouchAt" <= ${atMoment(before)}
      ORDER BY "nextTouchAt" ASC, id ASC LIMIT ${limit}
    ) ct
    LEFT JOIN "Company" co ON co.id = ct."companyId"
    ORDER BY ct."nextTouchAt" ASC, ct.id ASC`;
  return rows.map(({ companyName, ...contact }) => ({ ...contact, company: companyName === null ? null : { name: companyName } }));
}
