// Decision-date nudges (PRODUCT.md, "Beyond the peers"): when the employer's promised decision
// date passes with no news, propose a polite nudge; after a nudge is done with no reply, the next
// one a week later; three unanswered nudges, and a week's grace after the last, mean ghosted.
import { addDays, dayIn, weekdayMorningAfter, type Day } from "./follow-up-plan";
import { nextWorkingMoment, type WorkingHours } from "./working-hours";

export const MAX_DECISION_NUDGES = 3;
export const DAYS_BETWEEN_NUDGES = 7;
// Statuses in which the user is still waiting for the employer's decision.
export const AWAITING_DECISION = ["applied", "screening", "interviewing"] as const;

export type NudgeRecord = { status: "pending" | "snoozed" | "done" | "dismissed"; completedAt: Date | null };

export type NudgeState = {
  now: Date;
  hours: WorkingHours;
  decisionExpectedOn: Day;
  // Every decision nudge of the application so far, in any order.
  nudges: NudgeRecord[];
  // A reply from the employer's side was logged since the first nudge.
  replied: boolean;
};

export type NudgeStep = { action: "wait" } | { action: "nudge"; number: number; dueOn: Day; dueAt: Date } | { action: "ghost" };

/** What the nudge sequence of one application calls for now. Pure: the caller saves the result. */
export function nextDecisionNudgeStep({ now, hours, decisionExpectedOn, nudges, replied }: NudgeState): NudgeStep {
  const wait = { action: "wait" } as const;
  // One open nudge at a time; a reply or a nudge the user dismissed ends the sequence.
  if (replied || nudges.some((nudge) => nudge.status !== "done")) return wait;
  const { timeZone } = hours;
  const today = dayIn(now, timeZone);
  if (decisionExpectedOn >= today) return wait;

  const doneDays = nudges.map((nudge) => dayIn(nudge.completedAt ?? now, timeZone)).sort();
  const lastDone = doneDays.at(-1);
  // The working day after the promised date (or a week after the last nudge), at the reminder
  // time; when that moment has already passed, the next working moment rather than at once.
  const propose = (number: number, from: Day, days: number): NudgeStep => {
    const planned = weekdayMorningAfter(from, days, hours).at;
    const dueAt = planned > now ? planned : nextWorkingMoment(now, hours);
    return { action: "nudge", number, dueOn: dayIn(dueAt, timeZone), dueAt };
  };
  if (!lastDone) return propose(1, decisionExpectedOn, 1);
  if (doneDays.length >= MAX_DECISION_NUDGES) return today >= addDays(lastDone, DAYS_BETWEEN_NUDGES) ? { action: "ghost" } : wait;
  return propose(doneDays.length + 1, lastDone, DAYS_BETWEEN_NUDGES);
}
