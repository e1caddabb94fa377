import { Prisma, type ApplicationStatus } from "@prisma/client";
import { db } from "../../db";
import type { ApplicationListQuery } from "../../validation/application";

export const APPLICATIONS_PAGE_SIZE = 25;

// The most-visited list, so raw SQL: Prisma's query planning cost more CPU than the query itself
// (bench/RESULTS.md). Sort keys and directions come from a closed set, never from the request.
const ORDER: Record<ApplicationListQuery["sort"], (dir: "ASC" | "DESC") => Prisma.Sql> = {
  appliedOn: (dir) => Prisma.raw(`a."appliedOn" ${dir} NULLS LAST, a.id ${dir}`),
  company: (dir) => Prisma.raw(`c.name ${dir}, a.id ${dir}`),
  status: (dir) => Prisma.raw(`a.status ${dir}, a."lastActivityAt" DESC, a.id ${dir}`),
  lastActivity: (dir) => Prisma.raw(`a."lastActivityAt" ${dir}, a.id ${dir}`),
};

/** `text` as an ILIKE pattern that matches it literally anywhere (its % and _ are not wildcards). */
export function containsPattern(text: string) {
  return `%${text.replace(/[\\%_]/g, (character) => `\\${character}`)}%`;
}

function applicationFilter(userId: string, query: Pick<ApplicationListQuery, "status" | "tag" | "q">): Prisma.Sql {
  const conditions = [Prisma.sql`a."userId" = ${userId}`, Prisma.sql`a."deletedAt" IS NULL`];
  if (query.status) conditions.push(Prisma.sql`a.status = ${query.status}::"ApplicationStatus"`);
  if (query.tag) conditions.push(Prisma.sql`${query.tag} = ANY(a.tags)`);
  if (query.q) {
    const pattern = containsPattern(query.q);
    conditions.push(Prisma.sql`(a.role ILIKE ${pattern} OR c.name ILIKE ${pattern} OR a.notes ILIKE ${pattern})`);
  }
  return Prisma.join(conditions, " AND ");
}

type Row = {
  id: string;
  role: string;
  status: ApplicationStatus;
  appliedOn: Date | null;
  lastActivityAt: Date;
  tags: string[];
  priority: number;
  companyId: string;
  companyName: string;
};

/** One page of the applications table: two queries whatever the number of rows. */
export async function listApplications(userId: string, query: ApplicationListQuery) {
  const where = applicationFilter(userId, query);
  const from = Prisma.sql`FROM "Application" a JOIN "Company" c ON c.id = a."companyId" AND c."userId" = a."userId"`;
  const [[counted], rows] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${from} WHERE ${where}`,
    db.$queryRaw<Row[]>`
      SELECT a.id, a.role, a.status::text AS status, a."appliedOn", a."lastActivityAt", a.tags, a.priority,
             c.id AS "companyId", c.name AS "companyName"
      ${from}
      WHERE ${where}
      ORDER BY ${ORDER[query.sort](query.dir === "asc" ? "ASC" : "DESC")}
      LIMIT ${APPLICATIONS_PAGE_SIZE} OFFSET ${(query.page - 1) * APPLICATIONS_PAGE_SIZE}`,
  ]);
  const total = counted?.total ?? 0;
  return {
    rows: rows.map(({ companyId, companyName, ...row }) => ({ ...row, company: { id: companyId, name: companyName } })),
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / APPLICATIONS_PAGE_SIZE)),
  };
}
export type ApplicationRow = Awaited<ReturnType<typeof listApplications>>["rows"][number];
