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

/**
 * Application `a` whose role, notes or company name contains the text. The user's matching
 * companies are looked up first (a few hundred rows by the userId index): joining every
 * application to its company before filtering took twice as long (bench/RESULTS.md).
 */
export function applicationTextMatch(userId: string, text: string): Prisma.Sql {
  const pattern = containsPattern(text);
  // Interview notes (the panel's and each interviewer's) and notes on the application count too.
  return Prisma.sql`(a.role ILIKE ${pattern} OR a.notes ILIKE ${pattern}
    OR a."companyId" IN (SELECT id FROM "Company" WHERE "userId" = ${userId} AND name ILIKE ${pattern})
    OR a.id IN (SELECT "applicationId" FROM "Interview" WHERE "userId" = ${userId} AND notes ILIKE ${pattern})
    OR a.id IN (SELECT i."applicationId" FROM "InterviewInterviewer" ii JOIN "Interview" i ON i.id = ii."interviewId"
                WHERE ii."userId" = ${userId} AND ii.note ILIKE ${pattern})
    OR a.id IN (SELECT "applicationId" FROM "Note" WHERE "userId" = ${userId} AND "applicationId" IS NOT NULL AND body ILIKE ${pattern}))`;
}

/** A posting's address without its fragment and trailing slash: `/jobs/7/#apply` is `/jobs/7`. */
export function postingUrlKey(url: string): string {
  return url.split("#")[0]!.replace(/\/+$/, "");
}

/** The filters of the list; `postingUrl` (the API's duplicate check) is not one of the page's. */
export type ApplicationFilter = Pick<ApplicationListQuery, "status" | "tag" | "q"> & { postingUrl?: string };

function applicationFilter(userId: string, query: ApplicationFilter): Prisma.Sql {
  const conditions = [Prisma.sql`a."userId" = ${userId}`, Prisma.sql`a."deletedAt" IS NULL`];
  if (query.status) conditions.push(Prisma.sql`a.status = ${query.status}::"ApplicationStatus"`);
  if (query.tag) conditions.push(Prisma.sql`${query.tag} = ANY(a.tags)`);
  if (query.q) conditions.push(applicationTextMatch(userId, query.q));
  // The same normalisation on both sides, in SQL as in postingUrlKey.
  if (query.postingUrl) conditions.push(Prisma.sql`rtrim(split_part(a."postingUrl", '#', 1), '/') = ${postingUrlKey(query.postingUrl)}`);
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
export async function listApplications(userId: string, query: ApplicationListQuery & Pick<ApplicationFilter, "postingUrl">) {
  const where = applicationFilter(userId, query);
  const order = ORDER[query.sort](query.dir === "asc" ? "ASC" : "DESC");
  const offset = (query.page - 1) * APPLICATIONS_PAGE_SIZE;
  // The company is only needed to sort by its name; otherwise the page of 25 is chosen from the
  // applications alone and only those 25 are joined (the planner cannot see that).
  const columns = Prisma.sql`a.id, a.role, a.status::text AS status, a."appliedOn", a."lastActivityAt", a.tags, a.priority, c.id AS "companyId", c.name AS "companyName"`;
  const page =
    query.sort === "company"
      ? Prisma.sql`
        SELECT ${columns} FROM "Application" a JOIN "Company" c ON c.id = a."companyId"
        WHERE ${where} ORDER BY ${order} LIMIT ${APPLICATIONS_PAGE_SIZE} OFFSET ${offset}`
      : Prisma.sql`
        SELECT ${columns}
        FROM (SELECT * FROM "Application" a WHERE ${where} ORDER BY ${order} LIMIT ${APPLICATIONS_PAGE_SIZE} OFFSET ${offset}) a
        JOIN "Company" c ON c.id = a."companyId"
        ORDER BY ${order}`;
  const counted = Prisma.sql`SELECT count(*)::int AS total FROM "Application" a WHERE ${where}`;
  const [[count], rows] = await Promise.all([db.$queryRaw<{ total: number }[]>(counted), db.$queryRaw<Row[]>(page)]);
  const total = count?.total ?? 0;
  return {
    rows: rows.map(({ companyId, companyName, ...row }) => ({ ...row, company: { id: companyId, name: companyName } })),
    total,
    page: query.page,
    pageCount: Math.max(1, Math.ceil(total / APPLICATIONS_PAGE_SIZE)),
  };
}
export type ApplicationRow = Awaited<ReturnType<typeof listApplications>>["rows"][number];
