import type { ContactRole } from "@prisma/client";
import { db } from "../../db";
import { atMoment } from "../raw-sql";

export type ContactToTouch = {
  id: string;
  name: string;
  role: ContactRole;
  nextTouchAt: Date;
  lastInteractionAt: Date | null;
  company: { name: string } | null;
};

/**
 * What the "Keep in touch" card says, so that it is true whatever the case:
 * - `due`: contacts whose keep-in-touch moment has come (by `before`), longest waiting first,
 *   at most `limit`, and whether there are `more`;
 * - `next`: the few whose moment is still to come, soonest first;
 * - `hasContacts`: whether the user has any contact at all, asked only when nobody has a
 *   keep-in-touch moment (the card then says either "add contacts" or "set a cadence").
 * Raw SQL for the dashboard, where Prisma compiling a query cost more CPU than running it
 * (bench/RESULTS.md); both lists walk the (userId, nextTouchAt) index.
 */
export async function getKeepInTouch(userId: string, { before, limit = 8, nextCount = 3 }: { before: Date; limit?: number; nextCount?: number }) {
  const rows = await db.$queryRaw<(Omit<ContactToTouch, "company"> & { companyName: string | null; due: boolean })[]>`
    SELECT ct.id, ct.name, ct.role::text AS role, ct."nextTouchAt", ct."lastInteractionAt", co.name AS "companyName", ct.due
    FROM (
      (SELECT id, name, role, "nextTouchAt", "lastInteractionAt", "companyId", true AS due FROM "Contact"
        WHERE "userId" = ${userId} AND "deletedAt" IS NULL AND "nextTouchAt" <= ${atMoment(before)}
        ORDER BY "nextTouchAt" ASC, id ASC LIMIT ${limit + 1})
      UNION ALL
      (SELECT id, name, role, "nextTouchAt", "lastInteractionAt", "companyId", false AS due FROM "Contact"
        WHERE "userId" = ${userId} AND "deletedAt" IS NULL AND "nextTouchAt" > ${atMoment(before)}
        ORDER BY "nextTouchAt" ASC, id ASC LIMIT ${nextCount})
    ) ct
    LEFT JOIN "Company" co ON co.id = ct."companyId"
    ORDER BY ct."nextTouchAt" ASC, ct.id ASC`;
  const contacts = rows.map(({ companyName, due, ...contact }) => ({ due, contact: { ...contact, company: companyName === null ? null : { name: companyName } } }));
  const due = contacts.filter((row) => row.due).map((row) => row.contact);
  const next = contacts.filter((row) => !row.due).map((row) => row.contact);
  const hasContacts = rows.length > 0 || (await db.$queryRaw<{ exists: boolean }[]>`SELECT EXISTS (SELECT 1 FROM "Contact" WHERE "userId" = ${userId} AND "deletedAt" IS NULL)`)[0]!.exists;
  return { due: due.slice(0, limit), more: due.length > limit, next, hasContacts };
}
