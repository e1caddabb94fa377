/**
 * Demo data: `npm run db:seed` (or `SEED_DEMO=1 npm start`). Creates — or re-creates — the
 * account demo@bridges.local / bridges-demo with a realistic month of job search.
 */
import { addDays, addHours, subDays } from "date-fns";
import { db } from "../lib/db";
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
} from "../tests/factories";

export const DEMO_EMAIL = "demo@bridges.local";
export const DEMO_PASSWORD = "bridges-demo";

const STATUSES = ["wishlist", "applied", "screening", "interviewing", "offer", "accepted", "rejected", "withdrawn", "ghosted"] as const;
const ROLE_OF_CONTACT = ["recruiter", "hiring_manager", "interviewer", "referrer", "peer", "reference"] as const;

async function seedDemo() {
  await db.user.deleteMany({ where: { email: DEMO_EMAIL } });
  const user = await createUser(db, { email: DEMO_EMAIL, name: "Demo Seeker", password: DEMO_PASSWORD, timeZone: "Europe/London" });
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
  await createRejection(db, user.id, rejected.id, { receivedOn: subDays(now, 2), senderId: recruiter.id, closeSecond: true, keepOnFile: true });

  await createFollowUp(db, user.id, { title: `Thank ${recruiter.name} for the process`, contactId: recruiter.id, applicationId: rejected.id, dueAt: subDays(now, 1), origin: "rejection_plan" });
  await createFollowUp(db, user.id, { title: `Check in with ${interviewer.name}`, contactId: interviewer.id, dueAt: addHours(now, 2), origin: "manual" });
  await createFollowUp(db, user.id, { title: "Nudge about the decision date", applicationId: applications[9]!.id, dueAt: subDays(now, 3), origin: "decision_nudge" });
  await createFollowUp(db, user.id, { title: `Coffee with ${contacts[3]!.name}`, contactId: contacts[3]!.id, dueAt: addDays(now, 4), cadenceDays: 30, origin: "cadence" });

  for (let i = 0; i < 20; i++) {
    await createInteraction(db, user.id, pick(contacts, i).id, { kind: pick(["email", "call", "meeting", "message"] as const, i), occurredAt: subDays(now, i * 2), notes: "Caught up." });
  }
  return user;
}

seedDemo()
  .then((user) => console.log(`✔ Demo account ready: ${user.email} / ${DEMO_PASSWORD}`))
  .catch((error) => {
    console.error("✖ Seeding failed:", error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
