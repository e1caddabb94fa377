import { DEFAULT_CADENCE_DAYS, type ContactRole } from "../validation/contact";
import { formatInZone, zonedToUtc } from "./zoned";

// Dates here are calendar days ("2026-11-26") until the last step, which turns a day into the
// instant of a morning in the user's time zone; arithmetic on days cannot be bent by DST.
export type Day = string;

export const MORNING_HOUR = 9;
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

/** The instant of `hour`:00 on `day` in the time zone. */
export function morningOf(day: Day, timeZone: string, hour = MORNING_HOUR): Date {
  const [year, month, date] = parts(day);
  return zonedToUtc({ year, month, day: date, hour, minute: 0 }, timeZone);
}

/** About `days` after `from`: on a weekday, in the morning, where the user lives. */
export function weekdayMorningAfter(from: Day, days: number, timeZone: string): { day: Day; at: Date } {
  const day = nextWeekday(addDays(from, days));
  return { day, at: morningOf(day, timeZone) };
}

export type PlanContact = {
  id: string;
  name: string;
  role: ContactRole;
  keepInTouchDays: number | null;
  // Already on a keep-in-touch cadence: the plan must not start a second one.
  onCadence: boolean;
};

export type PlanInput = {
  receivedOn: Day;
  timeZone: string;
  company: string;
  role: string;
  closeSecond: boolean;
  wantsReferrals: boolean;
  recruiter: PlanContact | null;
  friendliestInterviewer: PlanContact | null;
  // Everyone met in that process (interviewers, the sender, the referrer).
  contactsMet: PlanContact[];
  cadenceDefaults?: Partial<Record<ContactRole, number>>;
};

export type PlanItemKind = "check_in" | "second_check_in" | "referral_request" | "keep_in_touch";

export type ProposedFollowUp = {
  kind: PlanItemKind;
  title: string;
  notes: string;
  contactId: string | null;
  contactName: string | null;
  dueOn: Day;
  dueAt: Date;
  cadenceDays: number | null;
};

/** The contact's own cadence, else the user's default for the role, else ours; null: none. */
export function cadenceDaysFor(contact: PlanContact, defaults: Partial<Record<ContactRole, number>> = {}): number | null {
  return contact.keepInTouchDays ?? defaults[contact.role] ?? DEFAULT_CADENCE_DAYS[contact.role];
}

/**
 * The follow-ups a rejection calls for (PRODUCT.md, flow 2): check-ins with the recruiter and the
 * friendliest interviewer at ~60 days and, for a close second, at ~90; a referral request at
 * ~2 weeks when wanted; a keep-in-touch cadence for everyone met. Nothing is saved here.
 */
export function proposeFollowUpPlan(input: PlanInput): ProposedFollowUp[] {
  const at = `${input.role} at ${input.company}`;
  const checkInWith = uniqueById([input.recruiter, input.friendliestInterviewer]);
  const item = (kind: PlanItemKind, days: number, contact: PlanContact | null, title: string, notes: string, cadenceDays: number | null = null) => {
    const due = weekdayMorningAfter(input.receivedOn, days, input.timeZone);
    return { kind, title, notes, contactId: contact?.id ?? null, contactName: contact?.name ?? null, dueOn: due.day, dueAt: due.at, cadenceDays };
  };
  const each = <T>(contacts: PlanContact[], make: (contact: PlanContact | null) => T) => (contacts.length ? contacts.map(make) : [make(null)]);

  const plan: ProposedFollowUp[] = each(checkInWith, (contact) =>
    item("check_in", CHECK_IN_DAYS, contact, `Check in with ${contact?.name ?? input.company}`, `Two months after the rejection for ${at}: ask how things are going and restate your interest.`),
  );
  if (input.closeSecond) {
    plan.push(
      ...each(checkInWith, (contact) =>
        item(
          "second_check_in",
          SECOND_CHECK_IN_DAYS,
          contact,
          `Check in again with ${contact?.name ?? input.company}`,
          `You were a close second for ${at}. Around now the person hired ends their probation; if it did not work out, you are the obvious next call.`,
        ),
      ),
    );
  }
  if (input.wantsReferrals) {
    const asked = input.friendliestInterviewer ?? input.recruiter;
    plan.push(
      item("referral_request", REFERRAL_REQUEST_DAYS, asked, `Ask ${asked?.name ?? input.company} about related openings`, `Interviewers often pass their second choices on to their network: ask about openings like ${input.role}.`),
    );
  }
  // Someone already getting check-ins starts their cadence after the last one, not on top of it.
  const lastCheckIn = input.closeSecond ? SECOND_CHECK_IN_DAYS : CHECK_IN_DAYS;
  for (const contact of uniqueById(input.contactsMet)) {
    const cadenceDays = cadenceDaysFor(contact, input.cadenceDefaults);
    if (contact.onCadence || !cadenceDays) continue;
    const startsAfter = checkInWith.some((checked) => checked.id === contact.id) ? lastCheckIn : 0;
    plan.push(item("keep_in_touch", startsAfter + cadenceDays, contact, `Keep in touch with ${contact.name}`, `Met during ${at}. Repeats every ${cadenceDays} days.`, cadenceDays));
  }
  return plan.sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
}

function uniqueById(contacts: (PlanContact | null)[]): PlanContact[] {
  const seen = new Map<string, PlanContact>();
  for (const contact of contacts) if (contact && !seen.has(contact.id)) seen.set(contact.id, contact);
  return [...seen.values()];
}
