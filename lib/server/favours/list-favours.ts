import type { Favour } from "@prisma/client";
import { db } from "../../db";

const LEDGER_SIZE = 200;

export type FavourEntry = { id: string; kind: string; occurredAt: Date; notes: string | null };
export type FavourLedger = Record<Favour, FavourEntry[]>;

/** A contact's favours ledger: what the user did for them, what they did, and what is still owed. */
export async function listFavours(userId: string, contactId: string): Promise<FavourLedger> {
  const rows = await db.interaction.findMany({
    where: { userId, contactId, favour: { not: null } },
    orderBy: [{ occurredAt: "desc" }, { id: "asc" }],
    take: LEDGER_SIZE,
    select: { id: true, kind: true, occurredAt: true, notes: true, favour: true },
  });
  const ledger: FavourLedger = { owed: [], given: [], received: [] };
  for (const { favour, ...entry } of rows) ledger[favour!].push(entry);
  return ledger;
}
