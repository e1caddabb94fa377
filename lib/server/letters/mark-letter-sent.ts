import { db, type Tx } from "../../db";
import { logInteraction } from "../interactions/log-interaction";
import type { LetterTextInput } from "../../validation/letter";
import { updateLetter } from "./update-letter";

/**
 * Records a draft as sent, with the text the user sent, and logs the touch with its recipient
 * (which restarts their keep-in-touch clock), all in one transaction. Pass `tx` to join one.
 */
export async function markLetterSent(userId: string, letterId: string, input: LetterTextInput, { tx, now = new Date() }: { tx?: Tx; now?: Date } = {}) {
  const run = async (client: Tx) => {
    await updateLetter(userId, letterId, input, client);
    await client.letter.updateMany({ where: { id: letterId, userId, status: "draft" }, data: { status: "sent", sentAt: now } });
    const letter = await client.letter.findFirstOrThrow({ where: { id: letterId, userId }, select: { contactId: true, applicationId: true } });
    if (letter.contactId) {
      await logInteraction(
        userId,
        { contactId: letter.contactId, applicationId: letter.applicationId ?? undefined, kind: "letter_sent", occurredAt: now, notes: `Letter: ${input.subject}` },
        client,
      );
    }
  };
  return tx ? run(tx) : db.$transaction(run);
}
