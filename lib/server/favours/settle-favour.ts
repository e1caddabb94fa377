import { db } from "../../db";
import { notFound } from "../../errors";
import { recordActivity } from "../activity/record-activity";
import { LIVE_CONTACT } from "../contacts/trash";

/**
 * Marks an owed favour as settled. A settled debt is a favour the user has now given, so the
 * same interaction simply becomes `given` (no schema change, no second row to keep in step);
 * when and what was settled goes on the contact's timeline. Doing the favour itself (an e-mail,
 * a call) is logged as its own interaction, which restarts the keep-in-touch clock as usual.
 */
export async function settleFavour(userId: string, interactionId: string, now = new Date()) {
  return db.$transaction(async (tx) => {
    const owed = await tx.interaction.findFirst({
      where: { id: interactionId, userId, favour: "owed", contact: LIVE_CONTACT },
      select: { id: true, notes: true, contactId: true, applicationId: true, contact: { select: { name: true } } },
    });
    if (!owed) throw notFound("Favour");
    // The conditional update is the lock: of two clicks at once, one finds nothing to settle.
    const { count } = await tx.interaction.updateMany({ where: { id: owed.id, userId, favour: "owed" }, data: { favour: "given" } });
    if (count === 0) throw notFound("Favour");
    const what = owed.notes ? `: ${owed.notes.split("\n")[0]}` : "";
    await recordActivity(
      userId,
      { kind: "interaction_logged", contactId: owed.contactId, applicationId: owed.applicationId, summary: `Favour settled with ${owed.contact.name}${what}`, occurredAt: now },
      tx,
    );
  });
}
