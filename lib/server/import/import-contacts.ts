import { Prisma } from "@prisma/client";
import { db, type Tx } from "../../db";
import { nextCadenceDue } from "../../schedule/reminders";
import type { ContactImportRow } from "../../validation/import";
import { roleFromTitle } from "../../import/cells";
import { emptySummary, type ImportSummary } from "../../import/summary";
import { userWorkingHours } from "../follow-ups/shared";
import { utcTimestamp } from "../raw-sql";
import { batches, changedFields, IMPORT_TRANSACTION, NOW_UTC, type NumberedRow } from "./import-summary";
import { companyKey, resolveCompanies } from "./resolve-companies";

type Fields = Omit<ContactImportRow, "name" | "company"> & { companyId: string | null };
type Existing = Fields & { id: string; name: string; lastInteractionAt: Date | null };
type Patch = Partial<Fields>;
// A cadence given by the file sets the next touch, computed in the user's working hours.
type NextTouch = { nextTouchAt: string | null };

// Rows travel to Postgres as one JSON parameter per batch.
const COLUMNS = Prisma.sql`"email" text, "phone" text, "linkedinUrl" text, "title" text, "companyId" text, "role" text,
  "howMet" text, "notes" text, "tags" text[], "keepInTouchDays" int`;

/** One INSERT per batch; a cadence given by the file starts its clock now. */
async function insertInBulk(userId: string, contacts: (Fields & NextTouch & { name: string })[], tx: Tx) {
  for (const batch of batches(contacts)) {
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "Contact" ("id", "userId", "name", "email", "phone", "linkedinUrl", "title", "companyId", "role", "howMet",
        "notes", "tags", "keepInTouchDays", "nextTouchAt", "createdAt", "updatedAt")
      SELECT gen_random_uuid()::text, ${userId}, v."name", v."email", v."phone", v."linkedinUrl", v."title", v."companyId",
        COALESCE(v."role", 'other')::"ContactRole", v."howMet", v."notes", COALESCE(v."tags", ARRAY[]::text[]), v."keepInTouchDays",
        v."nextTouchAt", ${NOW_UTC}, ${NOW_UTC}
      FROM jsonb_to_recordset(${JSON.stringify(batch)}::jsonb) AS v("name" text, "nextTouchAt" timestamp, ${COLUMNS})`);
  }
}

async function loadCandidates(userId: string, rows: NumberedRow<ContactImportRow>[], tx: Tx) {
  const emails = [...new Set(rows.flatMap((row) => (row.value.email ? [row.value.email.toLowerCase()] : [])))];
  const names = [...new Set(rows.map((row) => row.value.name.toLowerCase()))];
  const candidates = await tx.$queryRaw<Existing[]>(Prisma.sql`
    SELECT "id", "name", "email", "phone", "linkedinUrl", "title", "companyId", "role"::text AS "role", "howMet", "notes",
      "tags", "keepInTouchDays", "lastInteractionAt"
    FROM "Contact"
    WHERE "userId" = ${userId} AND "deletedAt" IS NULL AND (lower("email") = ANY(${emails}::text[]) OR lower("name") = ANY(${names}::text[]))
    ORDER BY "createdAt", "id"`);
  const byEmail = new Map<string, Existing>();
  const byName = new Map<string, Existing[]>();
  for (const contact of candidates) {
    if (contact.email && !byEmail.has(contact.email.toLowerCase())) byEmail.set(contact.email.toLowerCase(), contact);
    byName.set(contact.name.toLowerCase(), [...(byName.get(contact.name.toLowerCase()) ?? []), contact]);
  }
  return { byEmail, byName };
}

/** The same person: same e-mail; or, without one on either side, the same name. */
function findMatch(row: ContactImportRow, { byEmail, byName }: Awaited<ReturnType<typeof loadCandidates>>) {
  if (row.email) {
    return byEmail.get(row.email) ?? byName.get(row.name.toLowerCase())?.find((contact) => !contact.email);
  }
  return byName.get(row.name.toLowerCase())?.[0];
}

async function updateInBulk(userId: string, patches: ({ id: string; patch: Patch } & NextTouch)[], tx: Tx) {
  for (const batch of batches(patches)) {
    await tx.$executeRaw(Prisma.sql`
      UPDATE "Contact" AS c SET
        "email" = COALESCE(v."email", c."email"),
        "phone" = COALESCE(v."phone", c."phone"),
        "linkedinUrl" = COALESCE(v."linkedinUrl", c."linkedinUrl"),
        "title" = COALESCE(v."title", c."title"),
        "companyId" = COALESCE(v."companyId", c."companyId"),
        "role" = COALESCE(v."role"::"ContactRole", c."role"),
        "howMet" = COALESCE(v."howMet", c."howMet"),
        "notes" = COALESCE(v."notes", c."notes"),
        "tags" = COALESCE(v."tags", c."tags"),
        "keepInTouchDays" = COALESCE(v."keepInTouchDays", c."keepInTouchDays"),
        "nextTouchAt" = COALESCE(v."nextTouchAt", c."nextTouchAt"),
        "updatedAt" = ${NOW_UTC}
      FROM jsonb_to_recordset(${JSON.stringify(batch.map(({ id, patch, nextTouchAt }) => ({ id, nextTouchAt, ...patch })))}::jsonb)
        AS v("id" text, "nextTouchAt" timestamp, ${COLUMNS})
      WHERE c."id" = v."id" AND c."userId" = ${userId}`);
  }
}

/**
 * Imports contacts for one user in one transaction and a fixed number of queries (plain SQL,
 * as for applications). A row
 * matching a contact the user has (by e-mail, else by name) updates the fields the file gives;
 * a second row for the same person is skipped; the others are created. No keep-in-touch
 * cadence is invented: a contact gets one only when the file gives it.
 */
export async function importContacts(userId: string, rows: NumberedRow<ContactImportRow>[], tx?: Tx): Promise<ImportSummary> {
  const run = async (client: Tx) => {
    const summary = emptySummary();
    if (!rows.length) return summary;
    const companies = await resolveCompanies(userId, rows.flatMap((row) => (row.value.company ? [row.value.company] : [])), client);
    const candidates = await loadCandidates(userId, rows, client);
    const hours = await userWorkingHours(client, userId);
    const now = new Date();
    // A new cadence restarts the keep-in-touch clock from the last touch (now for someone new).
    const nextTouch = (days: number | null | undefined, lastInteractionAt: Date | null): NextTouch => ({
      nextTouchAt: days ? utcTimestamp(nextCadenceDue(lastInteractionAt ?? now, days, hours)) : null,
    });

    const seen = new Map<string, number>();
    const toCreate: (Fields & NextTouch & { name: string })[] = [];
    const toUpdate: ({ id: string; patch: Patch } & NextTouch)[] = [];
    for (const { row, value } of rows) {
      const match = findMatch(value, candidates);
      const key = match ? `id:${match.id}` : value.email ? `email:${value.email}` : `name:${value.name.toLowerCase()}`;
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        summary.skipped.push({ row, reason: `Same person as row ${earlier}` });
        continue;
      }
      seen.set(key, row);
      const { name, company, ...fields } = value;
      const companyId = company ? companies.get(companyKey(company))! : null;
      // Without a role column, the title suggests one ("Talent Partner" → recruiter) for a new
      // contact, or for one still at "other"; a role the user chose is never overwritten.
      if (!fields.role && (!match || match.role === "other")) fields.role = roleFromTitle(fields.title ?? match?.title);
      if (match) {
        const patch = changedFields(match, { ...fields, companyId });
        if (patch) toUpdate.push({ id: match.id, patch, ...nextTouch(patch.keepInTouchDays, match.lastInteractionAt) });
        else summary.unchanged++;
        continue;
      }
      toCreate.push({ ...fields, name, companyId, ...nextTouch(fields.keepInTouchDays, null) });
    }
    await insertInBulk(userId, toCreate, client);
    await updateInBulk(userId, toUpdate, client);
    summary.created = toCreate.length;
    summary.updated = toUpdate.length;
    return summary;
  };
  return tx ? run(tx) : db.$transaction(run, IMPORT_TRANSACTION);
}
