import type { ContactRole } from "@prisma/client";
import { db } from "../../db";
import { notFound } from "../../errors";
import { dayOfDateColumn, proposeFollowUpPlan, summarizePlan, type PlanContact } from "../../schedule/follow-up-plan";
import { employerSide } from "../applications/employer-side";
import { parseCadenceDefaults } from "../contacts/contact-cadence";
import { workingHoursSelect } from "../follow-ups/shared";
import { PLAN_ORIGINS } from "./accept-follow-up-plan";
import { LIVE_CONTACT, NOT_ABOUT_TRASHED_CONTACT, unlessTrashed } from "../contacts/trash";

type Person = { id: string; name: string; role: ContactRole; keepInTouchDays: number | null; nextTouchAt: Date | null };
const personSelect = { id: true, name: true, role: true, keepInTouchDays: true, nextTouchAt: true, deletedAt: true } as const;

/**
 * The follow-up plan a logged rejection calls for, computed and not saved, with who gets what;
 * or, once accepted, the follow-ups it created. The people are those met in the process: the
 * sender, the interviewers (the most in touch first: a sent thank-you counts) and the referrer.
 */
export async function proposeRejectionPlan(userId: string, applicationId: string) {
  const loaded = await db.application.findFirst({
    where: { id: applicationId, userId, deletedAt: null },
    select: {
      id: true,
      role: true,
      company: { select: { name: true } },
      referrer: { select: personSelect },
      interviews: { orderBy: { scheduledAt: "desc" }, select: { interviewers: { where: { contact: LIVE_CONTACT }, select: { contact: { select: personSelect } } } } },
      rejection: {
        select: {
          id: true,
          receivedOn: true,
          closeSecond: true,
          renewedInterest: true,
          wantsReferrals: true,
          sender: { select: personSelect },
          // Who offered help: ticked in the letters step (the sender by default).
          letters: { where: { userId, credited: true, contactId: { not: null } }, select: { contactId: true } },
        },
      },
    },
  });
  if (!loaded) throw notFound("Application");
  // People in the trash are left out of the plan, as if deleted.
  const rejection = loaded.rejection && { ...loaded.rejection, sender: unlessTrashed(loaded.rejection.sender) };
  const application = { ...loaded, referrer: unlessTrashed(loaded.referrer), rejection };
  const empty = { proposal: [], people: [], onCadence: [], summary: summarizePlan([], application.company.name) };
  if (!rejection) return { application, rejection: null, accepted: [], ...empty };

  const accepted = await db.followUp.findMany({
    where: { userId, rejectionId: rejection.id, origin: { in: [...PLAN_ORIGINS] }, ...NOT_ABOUT_TRASHED_CONTACT },
    orderBy: { dueAt: "asc" },
    select: { id: true, title: true, notes: true, dueAt: true, cadenceDays: true, contact: { select: { id: true, name: true } } },
  });
  if (accepted.length) return { application, rejection, accepted, ...empty };

  const interviewers = application.interviews.flatMap((interview) => interview.interviewers.map(({ contact }) => contact));
  // The people a follow-up can be with: everyone met in this process (not the whole address book).
  const people = employerSide(application, rejection.sender);
  const ids = people.map((person) => person.id);
  const [user, cadenceFollowUps, touches] = await Promise.all([
    db.user.findFirst({ where: { id: userId }, select: { ...workingHoursSelect, cadenceDefaults: true } }),
    // Account-wide: a cadence started from any application, or by hand, counts.
    db.followUp.findMany({ where: { userId, contactId: { in: ids }, origin: "cadence", status: { in: ["pending", "snoozed"] } }, select: { contactId: true } }),
    db.interaction.groupBy({ by: ["contactId"], where: { userId, contactId: { in: ids } }, _count: { _all: true } }),
  ]);
  if (!user) throw notFound("User");
  const withCadenceFollowUp = new Set(cadenceFollowUps.map((row) => row.contactId));
  const touchCount = new Map(touches.map((row) => [row.contactId, row._count._all]));
  // On a cadence: a keep-in-touch follow-up still open, or the contact's own cadence with a next
  // touch scheduled (the dashboard's "Keep in touch" already reminds of them).
  const isOnCadence = (person: Person) => withCadenceFollowUp.has(person.id) || (person.keepInTouchDays !== null && person.nextTouchAt !== null);
  const asPlanContact = (person: Person): PlanContact => ({
    id: person.id,
    name: person.name,
    role: person.role,
    keepInTouchDays: person.keepInTouchDays,
    onCadence: isOnCadence(person),
    interactions: touchCount.get(person.id) ?? 0,
  });

  const proposal = proposeFollowUpPlan({
    receivedOn: dayOfDateColumn(rejection.receivedOn),
    workingHours: user,
    company: application.company.name,
    role: application.role,
    closeSecond: rejection.closeSecond,
    stillInterested: rejection.renewedInterest,
    wantsReferrals: rejection.wantsReferrals,
    sender: rejection.sender && asPlanContact(rejection.sender),
    interviewers: interviewers.map(asPlanContact),
    referrer: application.referrer && asPlanContact(application.referrer),
    creditedIds: rejection.letters.flatMap((letter) => (letter.contactId ? [letter.contactId] : [])),
    cadenceDefaults: parseCadenceDefaults(user.cadenceDefaults),
  });
  return {
    application,
    rejection,
    accepted,
    proposal,
    people: people.map(({ id, name }) => ({ id, name })),
    onCadence: people.filter(isOnCadence).map(({ id, name, keepInTouchDays }) => ({ id, name, keepInTouchDays })),
    summary: summarizePlan(proposal, application.company.name),
  };
}
export type RejectionPlan = Awaited<ReturnType<typeof proposeRejectionPlan>>;
