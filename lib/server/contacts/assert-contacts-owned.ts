import type { Tx } from "../../db";
import { notFound } from "../../errors";
import { LIVE_CONTACT } from "./trash";

/** Ids sent by a browser: each must be one of the user's contacts (not in the trash) before anything links to it. */
export async function assertContactsOwned(userId: string, contactIds: readonly string[], tx: Tx) {
  const unique = [...new Set(contactIds)];
  if (!unique.length) return;
  const owned = await tx.contact.count({ where: { userId, id: { in: unique }, ...LIVE_CONTACT } });
  if (owned !== unique.length) throw notFound("Contact");
}
