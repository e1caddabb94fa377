import { Prisma, type ApplicationStatus } from "@prisma/client";
import { db } from "../../db";
import { storableText } from "../../validation/fields";
import { truncate } from "../../text";
import { applicationTextMatch, containsPattern } from "../applications/list-applications";

export const SEARCH_LIMIT = 10;

type ApplicationHit = { id: string; role: string; status: ApplicationStatus; companyName: string };
type ContactHit = { id: string; name: string; email: string | null; title: string | null; companyName: string | null };
type CompanyHit = { id: string; name: string; applications: number; contacts: number };

/**
 * The header's search: the user's applications (role, company, notes, interview notes, tags),
 * contacts (name, how to address them, e-mail, title, company, notes, tags) and companies (name,
 * website) containing the text, ignoring case.
 * Three bounded queries, run together; raw SQL because search is typed letter by letter and
 * Prisma's per-query planning cost more CPU than the queries (bench/RESULTS.md).
 */
export async function searchEverything(userId: string, text: string) {
  const q = truncate(storableText(text).trim(), 200);
  if (!q) return { q, applications: [], contacts: [], companies: [] };
  const pattern = containsPattern(q);
  const tag = q.toLowerCase();
  const [applications, contacts, companies] = await Promise.all([
    db.$queryRaw<ApplicationHit[]>(Prisma.sql`
      SELECT a.id, a.role, a.status::text AS status, c.name AS "companyName"
      FROM (
        SELECT a.id, a.role, a.status, a."companyId", a."lastActivityAt" FROM "Application" a
        WHERE a."userId" = ${userId} AND a."deletedAt" IS NULL AND (${applicationTextMatch(userId, q)} OR ${tag} = ANY(a.tags))
        ORDER BY a."lastActivityAt" DESC, a.id DESC
        LIMIT ${SEARCH_LIMIT}
      ) a JOIN "Company" c ON c.id = a."companyId"
      ORDER BY a."lastActivityAt" DESC, a.id DESC`),
    db.$queryRaw<ContactHit[]>(Prisma.sql`
      SELECT p.id, p.name, p.email, p.title, c.name AS "companyName"
      FROM "Contact" p LEFT JOIN "Company" c ON c.id = p."companyId"
      WHERE p."userId" = ${userId} AND p."deletedAt" IS NULL
        AND (p.name ILIKE ${pattern} OR p."addressAs" ILIKE ${pattern} OR p.email ILIKE ${pattern} OR p.title ILIKE ${pattern}
          OR p.notes ILIKE ${pattern} OR c.name ILIKE ${pattern} OR ${tag} = ANY(p.tags)
          OR p.id IN (SELECT "contactId" FROM "Note" WHERE "userId" = ${userId} AND "contactId" IS NOT NULL AND body ILIKE ${pattern}))
      ORDER BY p.name ASC, p.id ASC
      LIMIT ${SEARCH_LIMIT}`),
    db.$queryRaw<CompanyHit[]>(Prisma.sql`
      SELECT c.id, c.name,
        (SELECT count(*)::int FROM "Application" a WHERE a."companyId" = c.id AND a."userId" = c."userId" AND a."deletedAt" IS NULL) AS applications,
        (SELECT count(*)::int FROM "Contact" p WHERE p."companyId" = c.id AND p."userId" = c."userId" AND p."deletedAt" IS NULL) AS contacts
      FROM "Company" c
      WHERE c."userId" = ${userId} AND (c.name ILIKE ${pattern} OR c.website ILIKE ${pattern})
      ORDER BY c.name ASC, c.id ASC
      LIMIT ${SEARCH_LIMIT}`),
  ]);
  return {
    q,
    applications: applications.map(({ companyName, ...hit }) => ({ ...hit, company: { name: companyName } })),
    contacts: contacts.map(({ companyName, ...hit }) => ({ ...hit, company: companyName === null ? null : { name: companyName } })),
    companies: companies.map(({ applications, contacts, ...hit }) => ({ ...hit, _count: { applications, contacts } })),
  };
}
