// Pure arithmetic behind the Insights page, fed by get-insights.ts; unit-tested on its own.
// The database does the counting (per-application facts never leave it); what is left here is
// what depends on the user's time zone, done once per week or per UTC day rather than per row.
import { TZDate, tzOffset } from "@date-fns/tz";
import { addWeeks, format, startOfWeek } from "date-fns";

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

export type FunnelStageKey = (typeof FUNNEL_STAGES)[number]["key"];
export type RejectionStageKey = (typeof REJECTION_STAGES)[number]["key"];

export function median(values: readonly number[]): number | null {
  if (!values.length) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

export type WeekCount = { weekStart: string; label: string; value: number };

export type WeekWindow = {
  weeks: { weekStart: string; label: string }[];
  /** One more than `weeks`: each week's first moment (Monday 00:00 in the zone), then the next week's. */
  starts: Date[];
  /** The same Mondays as calendar dates ("yyyy-MM-dd"), for date columns. */
  startDates: string[];
};

/**
 * The last `weeks` weeks (Monday to Sunday in the user's zone), oldest first, ending this week.
 * A moment belongs to week i when starts[i] <= moment < starts[i + 1], and a calendar date when
 * startDates[i] <= date < startDates[i + 1]: the buckets SQL's width_bucket() fills.
 */
export function weekWindow(now: Date, timeZone: string, weeks = 12): WeekWindow {
  const thisWeek = startOfWeek(new TZDate(now, timeZone), { weekStartsOn: 1 });
  const mondays = Array.from({ length: weeks + 1 }, (_, i) => addWeeks(thisWeek, i - weeks + 1));
  const startDates = mondays.map((monday) => format(monday, "yyyy-MM-dd"));
  return {
    weeks: mondays.slice(0, weeks).map((monday, i) => ({ weekStart: startDates[i]!, label: format(monday, "d MMM") })),
    starts: mondays.map((monday) => new Date(monday.getTime())),
    startDates,
  };
}

/** Counts per week as width_bucket() numbers them (1 = the window's first week; 0 and weeks + 1 are outside it). */
export type BucketCount = { week: number; count: number };

export function perWeek(window: WeekWindow, counts: readonly BucketCount[]): WeekCount[] {
  const values = window.weeks.map(() => 0);
  for (const { week, count } of counts) if (week >= 1 && week <= values.length) values[week - 1]! += count;
  return window.weeks.map((week, i) => ({ ...week, value: values[i]! }));
}

const DAY = 86_400_000;

/**
 * The calendar day (days since 1970-01-01) on which an instant falls in `timeZone`, as TZDate
 * reads it; the zone's offset is looked up once per UTC day, or per instant on a day it changes.
 */
export function dayInZone(timeZone: string): (instant: number) => number {
  const offsets = new Map<number, number | null>();
  const offsetAt = (instant: number) => Math.round(tzOffset(timeZone, new Date(instant)) * 60) * 1000;
  return (instant) => {
    const utcDay = Math.floor(instant / DAY);
    let offset = offsets.get(utcDay);
    if (offset === undefined) {
      const atStart = offsetAt(utcDay * DAY);
      offset = atStart === offsetAt(utcDay * DAY + DAY - 1) ? atStart : null;
      offsets.set(utcDay, offset);
    }
    return Math.floor((instant + (offset ?? offsetAt(instant))) / DAY);
  };
}

/**
 * Calendar days from applying to the first response, in the user's zone; negative spans (a
 * response dated before the application) are dropped. `appliedOn` is a day number (days since
 * 1970-01-01), `firstResponseAt` an instant in epoch milliseconds.
 */
export function daysToFirstResponse(
  responses: readonly { appliedOn: number; firstResponseAt: number }[],
  timeZone: string,
): number[] {
  const dayOf = dayInZone(timeZone);
  const days: number[] = [];
  for (const { appliedOn, firstResponseAt } of responses) {
    const span = dayOf(firstResponseAt) - appliedOn;
    if (span >= 0) days.push(span);
  }
  return days;
}

export type ApplicationTotals = {
  /** Applications on the page: not deleted, not on the wishlist. */
  total: number;
  /** How many got at least as far as each funnel stage. */
  reached: Readonly<Record<FunnelStageKey, number>>;
  /** How many got an answer: moved on, were rejected, or had a reply. */
  responded: number;
  /** Rejections by the stage they came at. */
  rejections: Readonly<Record<RejectionStageKey, number>>;
};

export type LetterCounts = { sent: number; owed: number; overdue: number; skipped: number };

export function computeInsights(input: {
  totals: ApplicationTotals;
  /** Applications with an applied date and a response, as daysToFirstResponse() takes them. */
  responses: readonly { appliedOn: number; firstResponseAt: number }[];
  window: WeekWindow;
  applicationsPerWeek: readonly BucketCount[];
  interactionsPerWeek: readonly BucketCount[];
  letters: LetterCounts;
  timeZone: string;
}) {
  const { totals, window } = input;
  const daysToResponse = daysToFirstResponse(input.responses, input.timeZone);
  return {
    total: totals.total,
    funnel: FUNNEL_STAGES.map((stage) => ({ ...stage, value: totals.reached[stage.key] })),
    responseRate: totals.total ? totals.responded / totals.total : null,
    responded: totals.responded,
    rejections: REJECTION_STAGES.map((stage) => ({ ...stage, value: totals.rejections[stage.key] })),
    medianDaysToFirstResponse: median(daysToResponse),
    responsesTimed: daysToResponse.length,
    applicationsPerWeek: perWeek(window, input.applicationsPerWeek),
    interactionsPerWeek: perWeek(window, input.interactionsPerWeek),
    letters: input.letters,
  };
}
export type Insights = ReturnType<typeof computeInsights>;
