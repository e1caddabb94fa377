// The demo account's data, shared by prisma/seed.ts and the browser tests.
import { addDays, addHours, subDays } from "date-fns";
import type { Db, Tx } from "../../lib/db";
import {
  createApplication,
  createCompany,
  createContact,
  createFollowUp,
  createInteraction,
  createInterview,
  createRejection,
  createUser,
  pick,
  sample,
} from "./index";

const STATUSES = ["wishlist", "applied", "screening", "interviewing", "offer", "accepted", "rejected", "withdrawn", "ghosted"] as const;
const ROLE_OF_CONTACT = ["recruiter", "hiring_manager", "interviewer", "referrer", "peer", "reference"] as const;

/** A realistic month of job search for one account (replacing any account with that e-mail). */
export async function seedDemoAccount(db: Db | Tx, { email, password, name = "Demo Seeker" }: { email: string; password: string; name?: string }) {
  await db.user.deleteMany({ where: { email } });
  const user = await createUser(db, { email, name, password, timeZone: "Europe/London" });
  const now = new Date();

  const companies = await Promise.all(sample.COMPANIES.map((name) => createCompany(db, user.id, { name })));
  const contacts = [];
  for (let i = 0; i < 15; i++) {
    const company = pick(companies, i);
    const role = pick(ROLE_OF_CONTACT, i);
    contacts.push(
      await createContact(db, user.id, {
        companyId: company.id,
        role,
        title: role === "recruiter" ? "Talent Partner" : role === "hiring_manager" ? "Engineering Manager" : "Senior Engineer",
        keepInTouchDays: role === "recruiter" ? 60 : role === "referrer" ? 30 : 90,
        lastInteractionAt: subDays(now, 10 + i * 5),
        nextTouchAt: subDays(now, 10 + i * 5 - (role === "referrer" ? 30 : 60)),
        howMet: pick(["Meetup", "LinkedIn", "Former colleague", "Interview", "Conference"], i),
        tags: i % 3 === 0 ? ["warm"] : [],
      }),
    );
  }

  const applications = [];
  for (let i = 0; i < 32; i++) {
    const status = pick(STATUSES, i);
    applications.push(
      await createApplication(db, user.id, {
        companyId: pick(companies, i).id,
        status,
        appliedOn: status === "wishlist" ? null : subDays(now, 3 + i),
        lastActivityAt: subDays(now, i % 10),
        priority: (i % 3) + 1,
        tags: i % 4 === 0 ? ["remote"] : i % 5 === 0 ? ["dream"] : [],
        referrerId: i % 6 === 0 ? contacts[3]!.id : null,
        notes: i % 7 === 0 ? "Team works on **developer tooling**. Ask about on-call." : null,
      }),
    );
  }

  const interviewing = applications.filter((a) => a.status === "interviewing" || a.status === "offer");
  for (const [index, application] of interviewing.entries()) {
    await createInterview(db, user.id, application.id, {
      kind: index % 2 ? "technical" : "phone_screen",
      scheduledAt: addHours(addDays(now, 1 + index), 10),
      interviewerIds: [contacts[(index * 2) % 15]!.id, contacts[(index * 2 + 1) % 15]!.id],
    });
  }

  const rejected = applications.find((a) => a.status === "rejected")!;
  const [interviewer, recruiter] = [contacts[2]!, contacts[0]!];
  await createInterview(db, user.id, rejected.id, {
    kind: "final",
    outcome: "failed",
    scheduledAt: subDays(now, 9),
    notes: "Long talk about their migration to event sourcing; Priya's team is hiring again in spring.",
    interviewerIds: [interviewer.id],
  });
  const rejection = await createRejection(db, user.id, rejected.id, { receivedOn: subDays(now, 2), senderId: recruiter.id, closeSecond: true, keepOnFile: true });
  const firstName = interviewer.name.split(" ")[0];
  await db.letter.create({
    data: {
      userId: user.id,
      kind: "rejection_thank_you",
      applicationId: rejected.id,
      rejectionId: rejection.id,
      contactId: interviewer.id,
      recipientName: interviewer.name,
      recipientEmail: interviewer.email,
      subject: `Thank you, ${firstName}`,
      body: `Dear ${firstName},\n\nThank you for the time you gave me during the final interview. I enjoyed our talk about your move to event sourcing, and I would be glad to hear of related openings.\n\nBest wishes,\nDemo`,
      dueAt: addHours(now, 20),
    },
  });

  await createFollowUp(db, user.id, { title: `Thank ${recruiter.name} for the process`, contactId: recruiter.id, applicationId: rejected.id, dueAt: subDays(now, 1), origin: "rejection_plan" });
  await createFollowUp(db, user.id, { title: `Check in with ${interviewer.name}`, contactId: interviewer.id, dueAt: addHours(now, 2), origin: "manual" });
  await createFollowUp(db, user.id, { title: "Nudge about the decision date", applicationId: applications[9]!.id, dueAt: subDays(now, 3), origin: "decision_nudge" });
  await createFollowUp(db, user.id, { title: `Coffee with ${contacts[3]!.name}`, contactId: contacts[3]!.id, dueAt: addDays(now, 4), cadenceDays: 30, origin: "cadence" });

  for (let i = 0; i < 20; i++) {
    await createInteraction(db, user.id, pick(contacts, i).id, { kind: pick(["email", "call", "meeting", "message"] as const, i), occurredAt: subDays(now, i * 2), notes: "Caught up." });
  }
  return user;
}

