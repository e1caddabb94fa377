import { randomUUID } from "node:crypto";
import type { ApplicationStatus, ContactRole, InteractionKind, Prisma } from "@prisma/client";
import { addDays, addHours, subDays } from "date-fns";
import { db, type Tx } from "../../db";
import { AppError, notFound } from "../../errors";
import { interactionSentence } from "../../validation/interaction";
import { STATUS_LABELS } from "../../validation/application";

const COMPANIES = ["Northwind Labs", "Acme Robotics", "Globex", "Initech", "Umbrella Health", "Hooli", "Stark Logistics", "Wayne Analytics", "Tyrell Bio", "Cyberdyne", "Soylent Foods", "Vandelay Industries"];
const ROLES = ["Senior Frontend Engineer", "Staff Software Engineer", "Product Engineer", "Platform Engineer", "Engineering Manager", "Full-stack Developer", "Data Engineer"];
const PEOPLE = ["Ana Alvarez", "Ben Brennan", "Priya Raman", "Dev Dubois", "Elif Eriksen", "Femi Fofana", "Greta García", "Hiro Haddad", "Ines Ito", "Jonas Jensen", "Kemi Kowalski", "Luca Larsen", "Maya Mensah", "Noor Nakamura", "Olek Chen"];
const STATUSES: readonly ApplicationStatus[] = ["wishlist", "applied", "screening", "interviewing", "offer", "accepted", "rejected", "withdrawn", "ghosted"];
const CONTACT_ROLES: readonly ContactRole[] = ["recruiter", "hiring_manager", "interviewer", "referrer", "peer", "reference"];
const CADENCE_BY_ROLE: Partial<Record<ContactRole, number>> = { recruiter: 60, referrer: 30 };
const TITLE_BY_ROLE: Partial<Record<ContactRole, string>> = { recruiter: "Talent Partner", hiring_manager: "Engineering Manager" };
const INTERACTION_KINDS: readonly InteractionKind[] = ["email", "call", "meeting", "message"];

type WithId<T> = T & { id: string };

const pick = <T>(items: readonly T[], index: number): T => items[index % items.length]!;
const slug = (text: string) => text.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");

/**
 * Fills an empty account with a realistic month of job search — companies, contacts with their
 * cadences, applications in every status, interviews this week, a rejection with a letter still
 * to write, follow-ups due and coming — so a new user can see what Bridges does before typing
 * anything. Refuses an account that already holds records: demo rows must never mix with real
 * ones. The demo's follow-ups count as reminded for their first due moment, so no e-mail is
 * sent about people who do not exist. Pass `tx` to join a larger transaction (the seed does).
 */
export async function loadDemoData(userId: string, { now = new Date(), tx }: { now?: Date; tx?: Tx } = {}) {
  const run = async (client: Tx) => {
    // The user's row is locked so that two clicks cannot both find the account empty.
    const [account] = await client.$queryRaw<{ used: boolean }[]>`
      SELECT EXISTS (SELECT 1 FROM "Company" WHERE "userId" = u.id)
        OR EXISTS (SELECT 1 FROM "Contact" WHERE "userId" = u.id)
        OR EXISTS (SELECT 1 FROM "FollowUp" WHERE "userId" = u.id) AS used
      FROM "User" u WHERE u.id = ${userId} FOR UPDATE`;
    if (!account) throw notFound("Account");
    if (account.used) throw new AppError("CONFLICT", "Demo data only goes into an empty account, and this one already has applications or contacts.");
    const records = demoRecords(userId, now);
    await client.company.createMany({ data: records.companies });
    await client.contact.createMany({ data: records.contacts });
    await client.application.createMany({ data: records.applications });
    await client.interview.createMany({ data: records.interviews });
    await client.interviewInterviewer.createMany({ data: records.interviewers });
    await client.rejection.createMany({ data: records.rejections });
    await client.letter.createMany({ data: records.letters });
    await client.followUp.createMany({ data: records.followUps });
    await client.interaction.createMany({ data: records.interactions });
    await client.activity.createMany({ data: records.activities });
    return { applications: records.applications.length, contacts: records.contacts.length };
  };
  return tx ? run(tx) : db.$transaction(run);
}

function demoRecords(userId: string, now: Date) {
  const companies: WithId<Prisma.CompanyCreateManyInput>[] = COMPANIES.map((name) => ({ id: randomUUID(), userId, name, website: `https://${slug(name)}.example` }));

  const contacts: WithId<Prisma.ContactCreateManyInput>[] = PEOPLE.map((name, i) => {
    const company = pick(companies, i);
    const role = pick(CONTACT_ROLES, i);
    const keepInTouchDays = CADENCE_BY_ROLE[role] ?? 90;
    const lastInteractionAt = subDays(now, 10 + i * 5);
    return {
      id: randomUUID(),
      userId,
      name,
      email: `${slug(name).replace("-", ".")}@${slug(company.name)}.example`,
      companyId: company.id,
      role,
      title: TITLE_BY_ROLE[role] ?? "Senior Engineer",
      keepInTouchDays,
      lastInteractionAt,
      nextTouchAt: addDays(lastInteractionAt, keepInTouchDays),
      howMet: pick(["Meetup", "LinkedIn", "Former colleague", "Interview", "Conference"], i),
      tags: i % 3 === 0 ? ["warm"] : [],
    };
  });
  const [recruiter, interviewer, referrer] = [contacts[0]!, contacts[2]!, contacts[3]!];

  const applications: WithId<Prisma.ApplicationCreateManyInput & { status: ApplicationStatus; createdAt: Date }>[] = Array.from({ length: 32 }, (_, i) => {
    const status = pick(STATUSES, i);
    const company = pick(companies, i);
    return {
      id: randomUUID(),
      userId,
      companyId: company.id,
      role: pick(ROLES, i),
      status,
      appliedOn: status === "wishlist" ? null : subDays(now, 3 + i),
      postingUrl: `https://${slug(company.name)}.example/careers/${i + 1}`,
      source: pick(["referral", "job board", "recruiter", "company site"], i),
      lastActivityAt: subDays(now, i % 10),
      createdAt: subDays(now, 3 + i),
      priority: (i % 3) + 1,
      tags: i % 4 === 0 ? ["remote"] : i % 5 === 0 ? ["dream"] : [],
      referrerId: i % 6 === 0 ? referrer.id : null,
      notes: i % 7 === 0 ? "Team works on **developer tooling**. Ask about on-call." : null,
    };
  });
  const companyName = (application: Prisma.ApplicationCreateManyInput) => companies.find((company) => company.id === application.companyId)!.name;

  const interviews: Prisma.InterviewCreateManyInput[] = [];
  const interviewers: Prisma.InterviewInterviewerCreateManyInput[] = [];
  applications
    .filter((application) => application.status === "interviewing" || application.status === "offer")
    .forEach((application, index) => {
      const id = randomUUID();
      interviews.push({ id, userId, applicationId: application.id, kind: index % 2 ? "technical" : "phone_screen", scheduledAt: addHours(addDays(now, 1 + index), 10) });
      for (const contact of [contacts[(index * 2) % contacts.length]!, contacts[(index * 2 + 1) % contacts.length]!]) {
        interviewers.push({ userId, interviewId: id, contactId: contact.id });
      }
    });

  // A finalist's rejection, two days old: one letter to write and the plan still to accept.
  const rejected = applications.find((application) => application.status === "rejected")!;
  const finalInterviewId = randomUUID();
  interviews.push({
    id: finalInterviewId,
    userId,
    applicationId: rejected.id,
    kind: "final",
    outcome: "failed",
    scheduledAt: subDays(now, 9),
    notes: "Long talk about their migration to event sourcing; Priya's team is hiring again in spring.",
  });
  interviewers.push({ userId, interviewId: finalInterviewId, contactId: interviewer.id });
  const rejectionId = randomUUID();
  const rejections: Prisma.RejectionCreateManyInput[] = [
    { id: rejectionId, userId, applicationId: rejected.id, receivedOn: subDays(now, 2), stageReached: "final", senderId: recruiter.id, closeSecond: true, keepOnFile: true },
  ];
  const firstName = interviewer.name.split(" ")[0];
  const letters: Prisma.LetterCreateManyInput[] = [
    {
      userId,
      kind: "rejection_thank_you",
      applicationId: rejected.id,
      rejectionId,
      contactId: interviewer.id,
      recipientName: interviewer.name,
      recipientEmail: interviewer.email,
      audience: "interviewer",
      subject: `Thank you, ${firstName}`,
      body: `Dear ${firstName},\n\nThank you for the time you gave me during the final interview. I enjoyed our talk about your move to event sourcing, and I would be glad to hear of related openings.\n\nBest wishes`,
      dueAt: addHours(now, 20),
    },
  ];

  const followUp = (data: Omit<Prisma.FollowUpCreateManyInput, "userId" | "remindedDueAt">): Prisma.FollowUpCreateManyInput => ({ ...data, userId, remindedDueAt: data.dueAt });
  const followUps = [
    followUp({ title: `Thank ${recruiter.name} for the process`, contactId: recruiter.id, applicationId: rejected.id, dueAt: subDays(now, 1), origin: "rejection_plan" }),
    followUp({ title: `Check in with ${interviewer.name}`, contactId: interviewer.id, dueAt: addHours(now, 2), origin: "manual" }),
    followUp({ title: "Nudge about the decision date", applicationId: applications[9]!.id, dueAt: subDays(now, 3), origin: "decision_nudge" }),
    followUp({ title: `Send ${referrer.name} the portfolio link`, contactId: referrer.id, dueAt: addDays(now, 2), origin: "manual" }),
    followUp({ title: `Coffee with ${referrer.name}`, contactId: referrer.id, dueAt: addDays(now, 4), cadenceDays: 30, origin: "cadence" }),
    followUp({ title: `Ask ${recruiter.name} about related openings`, contactId: recruiter.id, applicationId: rejected.id, dueAt: addDays(now, 12), origin: "rejection_plan" }),
  ];

  const interactions: Prisma.InteractionCreateManyInput[] = Array.from({ length: 20 }, (_, i) => ({
    userId,
    contactId: pick(contacts, i).id,
    kind: pick(INTERACTION_KINDS, i),
    occurredAt: subDays(now, i * 2),
    notes: "Caught up.",
  }));

  const activities: Prisma.ActivityCreateManyInput[] = [
    ...applications.slice(0, 6).map((application) => ({
      userId,
      applicationId: application.id,
      kind: "created" as const,
      summary: `Added ${application.role} at ${companyName(application)} (${STATUS_LABELS[application.status]})`,
      occurredAt: application.createdAt,
    })),
    ...interactions.slice(0, 4).map((interaction) => ({
      userId,
      contactId: interaction.contactId,
      kind: "interaction_logged" as const,
      summary: interactionSentence(interaction.kind, contacts.find((contact) => contact.id === interaction.contactId)!.name),
      occurredAt: interaction.occurredAt,
    })),
  ];

  return { companies, contacts, applications, interviews, interviewers, rejections, letters, followUps, interactions, activities };
}
