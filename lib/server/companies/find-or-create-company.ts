import type { Tx } from "../../db";

/**
 * The user's company of that name (ignoring case), created when there is none, so that typing
 * "acme" on a form reuses "Acme" rather than making a twin.
 */
export async function findOrCreateCompany(userId: string, name: string, tx: Tx) {
  const existing = await tx.company.findFirst({
    where: { userId, name: { equals: name, mode: "insensitive" } },
    select: { id: true, name: true },
  });
  if (existing) return existing;
  return tx.company.upsert({
    where: { userId_name: { userId, name } },
    create: { userId, name },
    update: {},
    select: { id: true, name: true },
  });
}
