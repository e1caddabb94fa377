// Pure arithmetic behind the Insights page, fed by get-insights.ts; unit-tested on its own.
import { TZDate } from "@date-fns/tz";
import { addWeeks, differenceInCalendarDays, format, startOfWeek } from "date-fns";

export type ApplicationFact = {
  status: string;
  appliedOn: Date | null;
  createdAt: Date;
  rejectionStage: string | null;
  rejectionReceivedOn: Date | null;
  firstInterviewAt: Date | null;
  /** Whether any interview beyond a phone screen took place. */
  hadInterview: boolean;
  firstReplyAt: Date | null;
};

export const FUNNEL_STAGES = [
  { key: "applied", label: "Applied" },
  { key: "screening", label: "Screening" },
  { key: "interview", label: "Interview" },
  { key: "offer", label: "Offer" },
  { key: "accepted", label: "Accepted" },
] as const;

export const REJECTION_STAGES = [
  { key: "applied", label: "After applying" },
  { key: "screen", label: "After a screen" },
  { key: "interview", label: "After interviews" },
  { key: "final", label: "At the final round" },
  { key: "offer", label: "At the offer" },
] as const;

const STATUS_RANK: Record<string, number> = { applied: 1, screening: 2, interviewing: 3, offer: 4, accepted: 5 };
const REJECTION_RANK: Record<string, number> = { applied: 1, screen: 2, interview: 3, final: 3, offer: 4 };

/** How far an application got: 1 applied … 5 accepted, whatever happened after. */
export function stageReached(fact: ApplicationFact): number {
  return Math.max(
    STATUS_RANK[fact.status] ?? 1,
    fact.rejectionStage ? (REJECTION_RANK[fact.rejectionStage] ?? 1) : 1,
    fact.hadInterview ? 3 : fact.firstInterviewAt ? 2 : 1,
  );
}

/** The employer answered: the application moved on, was rejected, or they replied. */
const gotResponse = (fact: ApplicationFact) => stageReached(fact) >= 2 || fact.rejectionStage !== null || fact.firstReplyAt !== null;

function firstResponseAt(fact: ApplicationFact): Date | null {
  const moments = [fact.rejectionReceivedOn, fact.firstInterviewAt, fact.firstReplyAt].filter((date): date is Date => date !== null);
  return moments.length ? new Date(Math.min(...moments.map((date) => date.getTime()))) : null;
}

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export type WeekCount = { weekStart: string; label: string; value: number };

/** The last `weeks` weeks (Monday to Sunday in the user's zone), oldest first, counting `dates`. */
export function perWeek(dates: readonly Date[], now: Date, timeZone: string, weeks = 12): WeekCount[] {
  const thisWeek = startOfWeek(new TZDate(now, timeZone), { weekStartsOn: 1 });
  const buckets = Array.from({ length: weeks }, (_, i) => {
    const start = addWeeks(thisWeek, i - weeks + 1);
    return { weekStart: format(start, "yyyy-MM-dd"), label: format(start, "d MMM"), value: 0 };
  });
  const index = new Map(buckets.map((bucket, i) => [bucket.weekStart, i]));
  for (const date of dates) {
    const key = format(startOfWeek(new TZDate(date, timeZone), { weekStartsOn: 1 }), "yyyy-MM-dd");
    const at = index.get(key);
    if (at !== undefined) buckets[at]!.value++;
  }
  return buckets;
}

/** A calendar date (UTC midnight) as noon of that day in the zone, so it lands in its own week. */
const calendarDateIn = (date: Date, timeZone: string) =>
  new TZDate(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 12, 0, timeZone);

export type LetterCounts = { sent: number; owed: number; overdue: number; skipped: number };

export function computeInsights(input: {
  applications: readonly ApplicationFact[];
  interactionDates: readonly Date[];
  letters: LetterCounts;
  now: Date;
  timeZone: string;
}) {
  const { applications, now, timeZone } = input;
  const reached = applications.map(stageReached);
  const funnel = FUNNEL_STAGES.map((stage, i) => ({ ...stage, value: reached.filter((rank) => rank >= i + 1).length }));
  const responded = applications.filter(gotResponse).length;
  const rejections = REJECTION_STAGES.map((stage) => ({ ...stage, value: applications.filter((fact) => fact.rejectionStage === stage.key).length }));
  const daysToResponse = applications.flatMap((fact) => {
    const first = firstResponseAt(fact);
    if (!fact.appliedOn || !first) return [];
    const days = differenceInCalendarDays(new TZDate(first, timeZone), calendarDateIn(fact.appliedOn, timeZone));
    return days >= 0 ? [days] : [];
  });
  return {
    total: applications.length,
    funnel,
    responseRate: applications.length ? responded / applications.length : null,
    responded,
    rejections,
    medianDaysToFirstResponse: median(daysToResponse),
    responsesTimed: daysToResponse.length,
    applicationsPerWeek: perWeek(
      applications.map((fact) => (fact.appliedOn ? calendarDateIn(fact.appliedOn, timeZone) : fact.createdAt)),
      now,
      timeZone,
    ),
    interactionsPerWeek: perWeek(input.interactionDates, now, timeZone),
    letters: input.letters,
  };
}
export type Insights = ReturnType<typeof computeInsights>;
