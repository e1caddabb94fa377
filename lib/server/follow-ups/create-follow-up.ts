import { db, type Tx } from "../../db";
import { AppError } from "../../errors";
import { localInputToUtc } from "../../schedule/zoned";
import type { FollowUpInput } from "../../validation/follow-up";
import { assertLinksOwned, userTimeZone } from "./shared";

/** Creates a follow-up by hand; its due moment is read in the user's time zone. Pass `tx` to join a larger transaction. */
export async function createFollowUp(userId: string, input: FollowUpInput, tx?: Tx) {
  const run = async (client: Tx) => {
    await assertLinksOwned(client, userId, input);
    const dueAt = localInputToUtc(input.dueAt, await userTimeZone(client, userId));
    if (!dueAt) throw new AppError("INVALID", "Enter a real date and time", { dueAt: ["Enter a real date and time"] });
    return client.followUp.create({
      data: {
        userId,
        title: input.title,
        notes: input.notes ?? null,
        contactId: input.contactId ?? null,
        applicationId: input.applicationId ?? null,
        dueAt,
        cadenceDays: input.cadenceDays ?? null,
        origin: "manual",
      },
    });
  };
  return tx ? run(tx) : db.$transaction(run);
}
