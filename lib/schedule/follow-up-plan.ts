import { DEFAULT_CADENCE_DAYS, type ContactRole } from "../validation/pipeline-options";
import type { WorkingHours } from "./working-hours";
import { formatInZone, zonedToUtc } from "./zoned";

// Dates here are calendar days ("2026-11-26") until the last step, which turns a day into the
// instant of the user's reminder time in their time zone; arithmetic on days cannot be bent by DST.
export type Day = string;

export const CHECK_IN_DAYS = 60;
// Around the end of the usual probation period of the person who was hired.
export const SECOND_CHECK_IN_DAYS = 90;
export const REFERRAL_REQUEST_DAYS = 14;

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(day: Day): [number, number, number] {
  const match = DAY_PATTERN.exec(day);
  if (!match) throw new RangeError(`Not a calendar day: ${day}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

export function isDay(value: string): value is Day {
  if (!DAY_PATTERN.test(value)) return false;
  const [year, month, date] = parts(value);
  const utc = new Date(Date.UTC(year, month - 1, date));
  return utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === date;
}

export function addDays(day: Day, days: number): Day {
  const [year, month, date] = parts(day);
  return new Date(Date.UTC(year, month - 1, date + days)).toISOString().slice(0, 10);
}

/** The calendar day an instant falls on in a time zone. */
export function dayIn(instant: Date, timeZone: string): Day {
  return formatInZone(instant, timeZone, "yyyy-MM-dd");
}

/** A @db.Date column (midnight UTC) as the calendar day it stands for. */
export const dayOfDateColumn = (date: Date): Day => date.toISOString().slice(0, 10);

/** The same day, or the Monday after when it falls on a weekend. */
export function nextWeekday(day: Day): Day {
  const [year, month, date] = parts(day);
  const weekday = new Date(Date.UTC(year, month - 1, date)).getUTCDay();
  return weekday === 6 ? addDays(day, 2) : weekday === 0 ? addDays(day, 1) : day;
}

/** The same day, or the next weekday when the user works weekdays only. */
export function workingDayFrom(day: Day, { weekdaysOnly }: Pick<WorkingHours, "weekdaysOnly">): Day {
  return weekdaysOnly ? nextWeekday(day) : day;
}

/** The instant of the user's reminder time on `day`, in their time zone (the day is kept as is). */
export function morningOf(day: Day, { timeZone, reminderMinutes }: Pick<WorkingHours, "timeZone" | "reminderMinutes">): Date {
  const [year, month, date] = parts(day);
  return zonedToUtc({ year, month, day: date, hour: Math.floor(reminderMinutes / 60), minute: reminderMinutes % 60 }, timeZone);
}

/** About `days` after `from`: on a working day, at the reminder time, where the user lives. */
export function weekdayMorningAfter(from: Day, days: number, hours: WorkingHours): { day: Day; at: Date } {
  const day = workingDayFrom(addDays(from, days), hours);
  return { day, at: morningOf(day, hours) };
}

export type PlanContact = {
  id: string;
  name: string;
  role: ContactRole;
  keepInTouchDays: number | null;
  // Already on a keep-in-touch cadence somewhere in the account: the plan must not start a second one.
  onCadence: boolean;
  // Logged touches with them (a sent thank-you counts): who the user is most in touch with.
  interactions: number;
};

export type PlanInput = {
  receivedOn: Day;
  workingHours: WorkingHours;
  company: string;
  role: string;
  closeSecond: boolean;
  // "Still interested": unticked, nothing asks about this role again.
  stillInterested: boolean;
  wantsReferrals: boolean;
  // Who sent the rejection.
  sender: PlanContact | null;
  // The application's interviewers, latest interview first.
  interviewers: PlanContact[];
  referrer: PlanContact | null;
  // Who gave feedback, offered to keep the CV on file or said it was close (ticked in the letters step).
  creditedIds: string[];
  cadenceDefaults?: Partial<Record<ContactRole, number>>;
};

export type PlanItemKind = "check_in" | "second_check_in" | "referral_request" | "keep_in_touch";

export type ProposedFollowUp = {
  kind: PlanItemKind;
  title: string;
  // One line: why this item is there.
  notes: string;
  contactId: string | null;
  contactName: string | null;
  dueOn: Day;
  dueAt: Date;
  cadenceDays: number | null;
};

/** Open plan items one person gets from one rejection, at most: check-ins first, then the referral request, then keeping in touch. */
export const MAX_ITEMS_PER_PERSON = 2;

/** The contact's own cadence, else the user's default for the role, else ours; null: none. */
export function cadenceDaysFor(contact: PlanContact, defaults: Partial<Record<ContactRole, number>> = {}): number | null {
  return contact.keepInTouchDays ?? defaults[contact.role] ?? DEFAULT_CADENCE_DAYS[contact.role];
}

/** Why someone gets a check-in or the referral request: what they are in this process. */
const CHECK_IN_REASONS = {
  hiring_manager: "Hiring manager: decides if the hire does not work out.",
  sender: "Sent the decision: hears first when the role opens again.",
  recruiter: "Recruiter: hears first when the role opens again.",
} as const;
const REFERRAL_REASONS = {
  credited: "Offered to help: the one to ask.",
  hiring_manager: "Hiring manager: knows who is hiring in their network.",
  sender: "Sent the decision: hears of other openings first.",
  recruiter: "Recruiter: hears of other openings first.",
  referrer: "Referred you here: already vouched for you once.",
  interviewer: "An interviewer you are in touch with: interviewers pass their second choices on.",
} as const;
type Standing = Exclude<keyof typeof REFERRAL_REASONS, "credited">;

/**
 * The follow-ups a rejection calls for (PRODUCT.md, flow 2; issue 12). Nothing is saved here.
 * - While the user is still interested: check-ins at ~60 days and, for a close second, ~90 days
 *   with whoever decides or hears first of an opening — the hiring manager when known, and the
 *   recruiter / sender (the company itself when nobody is known).
 * - When referrals are wanted: one request at ~2 weeks to the person who offered help, else the
 *   sender, else the recruiter; the next person with room when they are full.
 * - A keep-in-touch cadence for each person met who is not on one yet.
 * Nobody gets more than two items from one rejection, in that order of priority.
 */
export function proposeFollowUpPlan(input: PlanInput): ProposedFollowUp[] {
  const at = `${input.role} at ${input.company}`;
  const interviewers = byMostInTouch(input.interviewers);
  const hiringManager = [input.sender, ...interviewers].find((person) => person?.role === "hiring_manager") ?? null;
  const recruiter =
    (input.sender && input.sender.id !== hiringManager?.id ? input.sender : null) ??
    interviewers.find((person) => person.role === "recruiter" && person.id !== hiringManager?.id) ??
    null;
  const standingOf = (person: PlanContact): Standing =>
    person.id === hiringManager?.id ? "hiring_manager" : person.id === input.sender?.id ? "sender" : person.id === recruiter?.id ? "recruiter" : person.id === input.referrer?.id ? "referrer" : "interviewer";

  const plan: ProposedFollowUp[] = [];
  const itemsOf = new Map<string, ProposedFollowUp[]>();
  const hasRoom = (person: PlanContact) => (itemsOf.get(person.id)?.length ?? 0) < MAX_ITEMS_PER_PERSON;
  const add = (kind: PlanItemKind, days: number, person: PlanContact | null, title: string, notes: string, cadenceDays: number | null = null) => {
    const due = weekdayMorningAfter(input.receivedOn, days, input.workingHours);
    const item = { kind, title, notes, contactId: person?.id ?? null, contactName: person?.name ?? null, dueOn: due.day, dueAt: due.at, cadenceDays };
    plan.push(item);
    if (person) itemsOf.set(person.id, [...(itemsOf.get(person.id) ?? []), item]);
  };

  if (input.stillInterested) {
    const checkInWith: [PlanContact | null, string][] = [];
    if (hiringManager) checkInWith.push([hiringManager, CHECK_IN_REASONS.hiring_manager]);
    if (recruiter) checkInWith.push([recruiter, recruiter.id === input.sender?.id ? CHECK_IN_REASONS.sender : CHECK_IN_REASONS.recruiter]);
    if (!checkInWith.length) checkInWith.push([null, `Nobody known by name: ${input.company}'s hiring team hears first when the role opens again.`]);
    for (const [person, reason] of checkInWith) add("check_in", CHECK_IN_DAYS, person, `Check in with ${person?.name ?? input.company}`, reason);
    if (input.closeSecond) {
      for (const [person] of checkInWith) {
        add("second_check_in", SECOND_CHECK_IN_DAYS, person, `Check in again with ${person?.name ?? input.company}`, "You were a close second: around 90 days the new hire's probation ends.");
      }
    }
  }

  if (input.wantsReferrals) {
    const met = uniqueById([input.sender, hiringManager, recruiter, input.referrer, ...interviewers]);
    const credited = met.filter((person) => input.creditedIds.includes(person.id));
    const candidates = uniqueById([...credited, input.sender, recruiter, hiringManager, input.referrer, ...interviewers]);
    const asked = candidates.find(hasRoom);
    // Still interested: openings like this one, there or elsewhere; not: openings elsewhere only.
    const openings = input.stillInterested ? "related openings" : "other openings";
    const reason = (person: PlanContact) => REFERRAL_REASONS[credited.some((one) => one.id === person.id) ? "credited" : standingOf(person)];
    if (asked) add("referral_request", REFERRAL_REQUEST_DAYS, asked, `Ask ${asked.name} about ${openings}`, reason(asked));
    else if (!candidates.length) add("referral_request", REFERRAL_REQUEST_DAYS, null, `Ask ${input.company} about ${openings}`, "Nobody known by name: ask the hiring team who else is hiring.");
  }

  for (const person of uniqueById([hiringManager, input.sender, recruiter, input.referrer, ...interviewers])) {
    const cadenceDays = cadenceDaysFor(person, input.cadenceDefaults);
    if (person.onCadence || !cadenceDays || !hasRoom(person)) continue;
    // Their cadence starts after their last item from this plan, not on top of it.
    const startsAfter = Math.max(0, ...(itemsOf.get(person.id) ?? []).map((item) => daysOf(item.kind)));
    add("keep_in_touch", startsAfter + cadenceDays, person, `Keep in touch with ${person.name}`, `Met during ${at}: a note every ${cadenceDays} days keeps the contact warm.`, cadenceDays);
  }
  // A stable sort: on one day, the order above (who matters most first).
  return plan.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

function daysOf(kind: PlanItemKind): number {
  return kind === "check_in" ? CHECK_IN_DAYS : kind === "second_check_in" ? SECOND_CHECK_IN_DAYS : kind === "referral_request" ? REFERRAL_REQUEST_DAYS : 0;
}

/** Most logged touches first; on a tie, the order given (the latest interviewer first). */
function byMostInTouch(people: PlanContact[]): PlanContact[] {
  return uniqueById([...people].sort((a, b) => b.interactions - a.interactions));
}

function uniqueById(contacts: (PlanContact | null | undefined)[]): PlanContact[] {
  const seen = new Map<string, PlanContact>();
  for (const contact of contacts) if (contact && !seen.has(contact.id)) seen.set(contact.id, contact);
  return [...seen.values()];
}

export type PlanSummary = { total: number; people: { contactId: string | null; name: string; kinds: PlanItemKind[] }[] };

/** Who gets what: one entry per person (the company for items with nobody), in the plan's order. */
export function summarizePlan(plan: Pick<ProposedFollowUp, "kind" | "contactId" | "contactName">[], company: string): PlanSummary {
  const people = new Map<string | null, PlanSummary["people"][number]>();
  for (const item of plan) {
    const entry = people.get(item.contactId) ?? { contactId: item.contactId, name: item.contactName ?? company, kinds: [] };
    entry.kinds.push(item.kind);
    people.set(item.contactId, entry);
  }
  return { total: plan.length, people: [...people.values()] };
}
