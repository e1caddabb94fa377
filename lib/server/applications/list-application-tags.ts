import { db } from "../../db";

/** The tags the user has put on live applications, for the list's tag filter. */
export async function listApplicationTags(userId: string): Promise<string[]> {
  const rows = await db.$queryRaw<{ tag: string }[]>`
    SELECT DISTINCT unnest(tags) AS tag FROM "Application"
    WHERE "userId" = ${userId} AND "deletedAt" IS NULL
    ORDER BY tag LIMIT 200`;
  return rows.map((row) => row.tag);
}
