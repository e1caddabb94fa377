import { Prisma } from "@prisma/client";
import type { Tx } from "../../db";
import { NOW_UTC } from "./import-summary";

export const companyKey = (name: string) => name.toLowerCase();

/**
 * The user's company id for each name (ignoring case, like findOrCreateCompany), creating the
 * missing ones: two reads and one insert whatever the number of names. Plain SQL, because
 * Prisma's createMany costs ~0.5 ms a row on the JS engine (bench/import.ts).
 */
export async function resolveCompanies(userId: string, names: Iterable<string>, tx: Tx): Promise<Map<string, string>> {
  const wanted = new Map<string, string>();
  for (const name of names) if (!wanted.has(companyKey(name))) wanted.set(companyKey(name), name);
  const ids = new Map<string, string>();
  if (!wanted.size) return ids;

  const find = async () => {
    const rows = await tx.$queryRaw<{ id: string; name: string }[]>(Prisma.sql`
      SELECT "id", "name" FROM "Company"
      WHERE "userId" = ${userId} AND lower("name") = ANY(${[...wanted.keys()]}::text[])
      ORDER BY "createdAt", "id"`);
    for (const row of rows) if (!ids.has(companyKey(row.name))) ids.set(companyKey(row.name), row.id);
  };
  await find();
  const missing = [...wanted].filter(([key]) => !ids.has(key)).map(([, name]) => name);
  if (missing.length) {
    await tx.$executeRaw(Prisma.sql`
      INSERT INTO "Company" ("id", "userId", "name", "createdAt", "updatedAt")
      SELECT gen_random_uuid()::text, ${userId}, name, ${NOW_UTC}, ${NOW_UTC} FROM unnest(${missing}::text[]) AS name
      ON CONFLICT ("userId", "name") DO NOTHING`);
    await find();
  }
  return ids;
}
