import type { ContactRole } from "@prisma/client";
import { db } from "../../db";
import { notFound } from "../../errors";
import { dayOfDateColumn, proposeFollowUpPlan, type PlanContact } from "../../schedule/follow-up-plan";
import { parseCadenceDefaults } from "../contacts/contact-cadence";

type Person = { id: string; name: string; role: ContactRole; keepInTouchDays: number | null };
const personSelect = { id: true, name: true, role: true, keepInTouchDays: true } as const;

/**
 * The follow-up plan a logged rejection calls for, computed and not saved; or, once accepted,
 * the follow-ups it created. The friendliest interviewer is the one the user has been most in
 * touch with (a sent thank-you counts), the latest interviewer on a tie.
 */
export async function proposeRejectionPlan(userId: string, applicationId: string) {
  const application = await db.application.findFirst({
    where: { id: applicationId, userId, deletedAt: null },
    select: {
      id: true,
      role: true,
      company: { select: { name: true } },
      referrer: { select: personSelect },
      interviews: { orderBy: { scheduledAt: "desc" }, select: { interviewers: { select: { contact: { select: personSelect } } } } },
      rejection: {
        select: { id: true, receivedOn: true, closeSecond: true, wantsReferrals: true, sender: { select: personSelect } },
      },
    },
  });
  if (!application) throw notFound("Application");
  const { rejection } = application;
  if (!rejection) return { application, rejection: null, accepted: [], proposal: [], people: [] };

  const accepted = await db.followUp.findMany({
    where: { userId, rejectionId: rejection.id, origin: { in: ["rejection_plan", "cadence"] } },
    orderBy: { dueAt: "asc" },
    select: { id: true, title: true, dueAt: true, cadenceDays: true, contact: { select: { id: true, name: true } } },
  });
  if (accepted.length) return { application, rejection, accepted, proposal: [], people: [] };

  const interviewers = application.interviews.flatMap((interview) => interview.interviewers.map(({ contact }) => contact));
  const met = [...interviewers, rejection.sender, application.referrer].filter((person): person is Person => Boolean(person));
  const ids = [...new Set(met.map((person) => person.id))];
  const [user, onCadence, touches] = await Promise.all([
    db.user.findFirst({ where: { id: userId }, select: { timeZone: true, cadenceDefaults: true } }),
    db.followUp.findMany({ where: { userId, contactId: { in: ids }, origin: "cadence", status: { in: ["pending", "snoozed"] } }, select: { contactId: true } }),
    db.interaction.groupBy({ by: ["contactId"], where: { userId, contactId: { in: ids } }, _count: { _all: true } }),
  ]);
  const cadenced = new Set(onCadence.map((row) => row.contactId));
  const touchCount = new Map(touches.map((row) => [row.contactId, row._count._all]));
  const asPlanContact = (person: Person): PlanContact => ({ ...person, onCadence: cadenced.has(person.id) });

  // Interviewers come latest first, so a stable sort keeps the latest on a tie.
  const friendliest = [...interviewers].sort((a, b) => (touchCount.get(b.id) ?? 0) - (touchCount.get(a.id) ?? 0)).find((person) => person.id !== rejection.sender?.id);
  const recruiter = rejection.sender ?? met.find((person) => person.role === "recruiter") ?? null;

  const proposal = proposeFollowUpPlan({
    receivedOn: dayOfDateColumn(rejection.receivedOn),
    timeZone: user?.timeZone ?? "UTC",
    company: application.company.name,
    role: application.role,
    closeSecond: rejection.closeSecond,
    wantsReferrals: rejection.wantsReferrals,
    recruiter: recruiter && asPlanContact(recruiter),
    friendliestInterviewer: friendliest ? asPlanContact(friendliest) : null,
    contactsMet: met.map(asPlanContact),
    cadenceDefaults: parseCadenceDefaults(user?.cadenceDefaults),
  });
  // The people a follow-up can be with: everyone met in this process (not the whole address book).
  const people = ids.map((id) => met.find((person) => person.id === id)!).map(({ id, name }) => ({ id, name }));
  return { application, rejection, accepted, proposal, people };
}
export type RejectionPlan = Awaited<ReturnType<typeof proposeRejectionPlan>>;
