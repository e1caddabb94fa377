// The nudge job: proposes decision-date nudges and marks long-silent applications ghosted.
// Like the reminder sweep it crosses users (it is the system's clock); each application is
// advanced in its own short transaction, as its owner, with the row locked, so any number of
// workers may run it at once. `userId` narrows it to one user (tests, and a user's own request).
import { Prisma } from "@prisma/client";
import type { Db } from "../db";
import { AWAITING_DECISION } from "../schedule/decision-nudges";
import { advanceDecisionNudge, type NudgeOutcome } from "../server/follow-ups/advance-decision-nudge";

export type DecisionNudgeOptions = { now?: Date; userId?: string; batchSize?: number };

export async function runDecisionNudges(client: Db, { now = new Date(), userId, batchSize = 200 }: DecisionNudgeOptions = {}) {
  const counts: Record<Exclude<NudgeOutcome, null>, number> = { nudged: 0, ghosted: 0 };
  await dropNudgesOfSettledApplications(client, userId);
  let after = "";
  for (;;) {
    // Candidates: still awaiting a decision whose promised day is over where the user lives,
    // and no open or dismissed nudge (one at a time; a dismissed one ends the sequence).
    const candidates = await client.$queryRaw<{ id: string; userId: string }[]>`
      SELECT a.id, a."userId" FROM "Application" a JOIN "User" u ON u.id = a."userId"
      WHERE a.status::text IN (${Prisma.join(AWAITING_DECISION)})
        AND a."deletedAt" IS NULL
        AND a."decisionExpectedOn" < (${now}::timestamptz AT TIME ZONE u."timeZone")::date
        AND a.id > ${after}
        ${userId ? Prisma.sql`AND a."userId" = ${userId}` : Prisma.empty}
        AND NOT EXISTS (
          SELECT 1 FROM "FollowUp" f
          WHERE f."applicationId" = a.id AND f.origin = 'decision_nudge' AND f.status IN ('pending', 'snoozed', 'dismissed'))
      ORDER BY a.id
      LIMIT ${batchSize}`;
    for (const candidate of candidates) {
      const outcome = await client.$transaction((tx) => advanceDecisionNudge(candidate.userId, candidate.id, { tx, now }));
      if (outcome) counts[outcome] += 1;
    }
    if (candidates.length < batchSize) break;
    after = candidates.at(-1)!.id;
  }
  return counts;
}

/** A decision came (offer, rejection, withdrawn…): its open nudges have nothing left to ask. */
function dropNudgesOfSettledApplications(client: Db, userId?: string) {
  return client.followUp.updateMany({
    where: {
      ...(userId ? { userId } : {}),
      origin: "decision_nudge",
      status: { in: ["pending", "snoozed"] },
      OR: [{ application: { status: { notIn: [...AWAITING_DECISION] } } }, { application: { deletedAt: { not: null } } }],
    },
    data: { status: "dismissed" },
  });
}
