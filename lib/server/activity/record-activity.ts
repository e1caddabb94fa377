import type { ActivityKind } from "@prisma/client";
import type { Tx } from "../../db";
import { truncate } from "../../text";

type ActivityEntry = {
  kind: ActivityKind;
  summary: string;
  applicationId?: string | null;
  contactId?: string | null;
  occurredAt?: Date;
};

/**
 * Adds a line to the timeline of an application and/or a contact, inside the caller's
 * transaction, and marks the application as touched so "last activity" sorts stay true.
 */
export async function recordActivity(userId: string, entry: ActivityEntry, tx: Tx) {
  const occurredAt = entry.occurredAt ?? new Date();
  await tx.activity.create({
    data: {
      userId,
      kind: entry.kind,
      summary: truncate(entry.summary, 500),
      applicationId: entry.applicationId ?? null,
      contactId: entry.contactId ?? null,
      occurredAt,
    },
  });
  if (entry.applicationId) {
    await tx.application.updateMany({
      where: { id: entry.applicationId, userId, lastActivityAt: { lt: occurredAt } },
      data: { lastActivityAt: occurredAt },
    });
  }
}
