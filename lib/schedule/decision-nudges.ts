// Decision-date nudges (PRODUCT.md, "Beyond the peers"): when the employer's promised decision
// date passes with no news, propose a polite nudge; after a nudge is done with no reply, the next
// one a week later; three unanswered nudges, and a week's grace after the last, mean ghosted.
import { addDays, dayIn, weekdayMorningAfter, type Day } from "./follow-up-plan";

export const MAX_DECISION_NUDGES = 3;
export const DAYS_BETWEEN_NUDGES = 7;
// Statuses in which the user is still waiting for the employer's decision.
export const AWAITING_DECISION = ["applied", "screening", "interviewing"] as const;

export type NudgeRecord = { status: "pending" | "snoozed" | "done" | "dismissed"; completedAt: Date | null };

export type NudgeState = {
  now: Date;
  timeZone: string;
  decisionExpectedOn: Day;
  // Every decision nudge of the application so far, in any order.
  nudges: NudgeRecord[];
  // A reply from the employer's side was logged since the first nudge.
  replied: boolean;
};

export type NudgeStep = { action: "wait" } | { action: "nudge"; number: number; dueOn: Day; dueAt: Date } | { action: "ghost" };

/** What the nudge sequence of one application calls for now. Pure: the caller saves the result. */
export function nextDecisionNudgeStep({ now, timeZone, decisionExpectedOn, nudges, replied }: NudgeState): NudgeStep {
  const wait = { action: "wait" } as const;
  // One open nudge at a time; a reply or a nudge the user dismissed ends the sequence.
  if (replied || nudges.some((nudge) => nudge.status !== "done")) return wait;
  const today = dayIn(now, timeZone);
  if (decisionExpectedOn >= today) return wait;

  const doneDays = nudges.map((nudge) => dayIn(nudge.completedAt ?? now, timeZone)).sort();
  const lastDone = doneDays.at(-1);
  if (!lastDone) {
    // The day after the promised date, or the next weekday morning from today when it is long past.
    const from = decisionExpectedOn < addDays(today, -1) ? addDays(today, -1) : decisionExpectedOn;
    return { action: "nudge", number: 1, ...dueOf(weekdayMorningAfter(from, 1, timeZone)) };
  }
  if (doneDays.length >= MAX_DECISION_NUDGES) return today >= addDays(lastDone, DAYS_BETWEEN_NUDGES) ? { action: "ghost" } : wait;
  return { action: "nudge", number: doneDays.length + 1, ...dueOf(weekdayMorningAfter(lastDone, DAYS_BETWEEN_NUDGES, timeZone)) };
}

const dueOf = ({ day, at }: { day: Day; at: Date }) => ({ dueOn: day, dueAt: at });
