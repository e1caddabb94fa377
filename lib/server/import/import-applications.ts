import { Prisma } from "@prisma/client";
import { db, type Tx } from "../../db";
import type { ApplicationImportRow } from "../../validation/import";
import { emptySummary, type ImportSummary } from "../../import/summary";
import { batches, changedFields, IMPORT_TRANSACTION, NOW_UTC, type NumberedRow } from "./import-summary";
import { companyKey, resolveCompanies } from "./resolve-companies";

const dateKey = (date: Date | null | undefined) => (date ? date.toISOString().slice(0, 10) : null);
/** The same application: same company, same role (any case), same applied date. */
const matchKey = (companyId: string, role: string, appliedOn: Date | null) => `${companyId}\u0000${role.toLowerCase()}\u0000${dateKey(appliedOn) ?? ""}`;

type Fields = Omit<ApplicationImportRow, "company" | "role" | "appliedOn">;
type NewApplication = Fields & { companyId: string; role: string; appliedOn: Date | null };
type Stored = Fields & { id: string; companyId: string; role: string; appliedOn: Date | null };

const fieldsOf = ({ status, postingUrl, location, workMode, salaryRange, source, decisionExpectedOn, priority, tags, notes }: ApplicationImportRow): Fields => ({
  status, postingUrl, location, workMode, salaryRange, source, decisionExpectedOn, priority, tags, notes,
});

// Rows travel to Postgres as one JSON parameter per batch; calendar dates as "YYYY-MM-DD".
const COLUMNS = Prisma.sql`"status" text, "postingUrl" text, "location" text, "workMode" text, "salaryRange" text,
  "source" text, "decisionExpectedOn" date, "priority" int, "tags" text[], "notes" text`;
const asRecords = <T extends Partial<NewApplication> & { id?: string }>(rows: T[]) =>
  JSON.stringify(rows.map((row) => ({ ...row, appliedOn: dateKey(row.appliedOn), decisionExpectedOn: dateKey(row.decisionExpectedOn) })));

/** The user's applications with the same company and role as a row of the file. */
async function loadExisting(userId: string, rows: { companyId: string; role: string }[], tx: Tx) {
  const stored = await tx.$queryRaw<Stored[]>(Prisma.sql`
    SELECT "id", "companyId", "role", "appliedOn", "status"::text AS "status", "postingUrl", "location",
      "workMode"::text AS "workMode", "salaryRange", "source", "decisionExpectedOn", "priority", "tags", "notes"
    FROM "Application"
    WHERE "userId" = ${userId} AND "deletedAt" IS NULL
      AND ("companyId", lower("role")) IN (
        SELECT * FROM unnest(${rows.map((row) => row.companyId)}::text[], ${rows.map((row) => row.role.toLowerCase())}::text[]))
    ORDER BY "createdAt", "id"`);
  const byKey = new Map<string, Stored>();
  for (const row of stored) {
    const key = matchKey(row.companyId, row.role, row.appliedOn);
    if (!byKey.has(key)) byKey.set(key, row);
  }
  return byKey;
}

/** One INSERT per batch. No timeline entry per row: 10,000 "imported" lines would bury the rest. */
async function insertInBulk(userId: string, applications: NewApplication[], tx: Tx) {
  for (const batch of batches(applications)) {
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "Application" ("id", "userId", "companyId", "role", "appliedOn", "status", "postingUrl", "location",
        "workMode", "salaryRange", "source", "decisionExpectedOn", "priority", "tags", "notes", "lastActivityAt", "createdAt", "updatedAt")
      SELECT gen_random_uuid()::text, ${userId}, v."companyId", v."role", v."appliedOn",
        COALESCE(v."status", 'applied')::"ApplicationStatus", v."postingUrl", v."location", v."workMode"::"WorkMode",
        v."salaryRange", v."source", v."decisionExpectedOn", COALESCE(v."priority", 2), COALESCE(v."tags", ARRAY[]::text[]),
        v."notes", ${NOW_UTC}, ${NOW_UTC}, ${NOW_UTC}
      FROM jsonb_to_recordset(${asRecords(batch)}::jsonb) AS v("companyId" text, "role" text, "appliedOn" date, ${COLUMNS})`);
  }
}

/** One UPDATE per batch: each row sets only the fields the file gave (COALESCE keeps the rest). */
async function updateInBulk(userId: string, patches: ({ id: string } & Partial<Fields>)[], tx: Tx) {
  for (const batch of batches(patches)) {
    await tx.$executeRaw(Prisma.sql`
      UPDATE "Application" AS a SET
        "status" = COALESCE(v."status"::"ApplicationStatus", a."status"),
        "postingUrl" = COALESCE(v."postingUrl", a."postingUrl"),
        "location" = COALESCE(v."location", a."location"),
        "workMode" = COALESCE(v."workMode"::"WorkMode", a."workMode"),
        "salaryRange" = COALESCE(v."salaryRange", a."salaryRange"),
        "source" = COALESCE(v."source", a."source"),
        "decisionExpectedOn" = COALESCE(v."decisionExpectedOn", a."decisionExpectedOn"),
        "priority" = COALESCE(v."priority", a."priority"),
        "tags" = COALESCE(v."tags", a."tags"),
        "notes" = COALESCE(v."notes", a."notes"),
        "updatedAt" = ${NOW_UTC}
      FROM jsonb_to_recordset(${asRecords(batch)}::jsonb) AS v("id" text, ${COLUMNS})
      WHERE a."id" = v."id" AND a."userId" = ${userId}`);
  }
}

/**
 * Imports applications for one user, in one transaction and a fixed number of queries whatever
 * the row count (plain SQL: Prisma's createMany costs ~0.5 ms a row on the JS engine; bench/import.ts). A row
 * matching an application the user already has (company + role + applied date) updates the
 * fields the file gives; a row repeating an earlier row of the file is skipped; every other
 * row is created, with its company found or created by name.
 */
export async function importApplications(userId: string, rows: NumberedRow<ApplicationImportRow>[], tx?: Tx): Promise<ImportSummary> {
  const run = async (client: Tx) => {
    const summary = emptySummary();
    if (!rows.length) return summary;
    const companies = await resolveCompanies(userId, rows.map((row) => row.value.company), client);
    const companyOf = (row: ApplicationImportRow) => companies.get(companyKey(row.company))!;
    const existing = await loadExisting(userId, rows.map(({ value }) => ({ companyId: companyOf(value), role: value.role })), client);

    const seen = new Map<string, number>();
    const toCreate: NewApplication[] = [];
    const toUpdate: ({ id: string } & Partial<Fields>)[] = [];
    for (const { row, value } of rows) {
      const { role, appliedOn } = value;
      const fields = fieldsOf(value);
      const companyId = companyOf(value);
      const key = matchKey(companyId, role, appliedOn);
      const earlier = seen.get(key);
      if (earlier !== undefined) {
        summary.skipped.push({ row, reason: `Same company, role and applied date as row ${earlier}` });
        continue;
      }
      seen.set(key, row);
      const match = existing.get(key);
      if (!match) toCreate.push({ ...fields, companyId, role, appliedOn });
      else {
        const patch = changedFields(match, fields);
        if (patch) toUpdate.push({ id: match.id, ...patch });
        else summary.unchanged++;
      }
    }
    await insertInBulk(userId, toCreate, client);
    await updateInBulk(userId, toUpdate, client);
    return { ...summary, created: toCreate.length, updated: toUpdate.length };
  };
  return tx ? run(tx) : db.$transaction(run, IMPORT_TRANSACTION);
}
