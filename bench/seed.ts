/**
 * `npm run bench:seed`: the data set of QUALITY.md — one heavy user (10,000 applications, 5,000
 * contacts, 20,000 interactions, 10,000 follow-ups) among 1,000 other users with realistic
 * volumes — on DATABASE_URL or the embedded database. Re-running replaces the bench users.
 * Heavy user's login: bench@bridges.local / bench-password
 */
import { randomUUID } from "node:crypto";
import { addDays, subDays } from "date-fns";
import type { Prisma } from "@prisma/client";
import { hashPassword } from "../lib/auth/password";
import { openAppDatabase } from "../scripts/lib/database";
import { loadDotEnv } from "../scripts/lib/local-config";
import { pick, sample } from "../tests/factories";
import { BENCH_EMAIL, BENCH_PASSWORD } from "./constants";

const OTHER_USERS = 1000;
const BATCH = 5000;

const STATUSES = ["wishlist", "applied", "screening", "interviewing", "offer", "accepted", "rejected", "withdrawn", "ghosted"] as const;
const CONTACT_ROLES = ["recruiter", "hiring_manager", "interviewer", "referrer", "peer", "reference", "other"] as const;
const INTERACTION_KINDS = ["email", "call", "meeting", "message"] as const;

type Volumes = { companies: number; applications: number; contacts: number; interactions: number; followUps: number };
const HEAVY: Volumes = { companies: 800, applications: 10_000, contacts: 5_000, interactions: 20_000, followUps: 10_000 };
const TYPICAL: Volumes = { companies: 10, applications: 25, contacts: 15, interactions: 30, followUps: 10 };

function rowsFor(userId: string, volumes: Volumes, now: Date) {
  const companies: Prisma.CompanyCreateManyInput[] = Array.from({ length: volumes.companies }, (_, i) => ({
    id: randomUUID(),
    userId,
    name: `${pick(sample.COMPANIES, i)} ${i}`,
  }));
  const contacts: Prisma.ContactCreateManyInput[] = Array.from({ length: volumes.contacts }, (_, i) => {
    const last = subDays(now, i % 120);
    const cadence = [30, 60, 90][i % 3]!;
    return {
      id: randomUUID(),
      userId,
      name: `${pick(sample.FIRST_NAMES, i)} ${pick(sample.LAST_NAMES, i * 7)} ${i}`,
      email: `contact${i}.${userId.slice(0, 8)}@example.test`,
      role: pick(CONTACT_ROLES, i),
      companyId: companies[i % companies.length]!.id!,
      lastInteractionAt: last,
      keepInTouchDays: cadence,
      nextTouchAt: addDays(last, cadence),
      tags: i % 5 === 0 ? ["warm"] : [],
    };
  });
  const applications: Prisma.ApplicationCreateManyInput[] = Array.from({ length: volumes.applications }, (_, i) => ({
    id: randomUUID(),
    userId,
    companyId: companies[i % companies.length]!.id!,
    role: `${pick(sample.ROLES, i)}${i % 3 === 0 ? " (remote)" : ""}`,
    status: pick(STATUSES, i),
    appliedOn: subDays(now, i % 365),
    lastActivityAt: subDays(now, i % 90),
    priority: (i % 3) + 1,
    source: pick(["referral", "job board", "recruiter", "company site"], i),
    notes: i % 4 === 0 ? `Notes about opening ${i}: team, stack, salary band.` : null,
    tags: i % 6 === 0 ? ["dream"] : i % 7 === 0 ? ["remote"] : [],
  }));
  const interactions: Prisma.InteractionCreateManyInput[] = Array.from({ length: volumes.interactions }, (_, i) => ({
    id: randomUUID(),
    userId,
    contactId: contacts[i % contacts.length]!.id!,
    kind: pick(INTERACTION_KINDS, i),
    occurredAt: subDays(now, i % 365),
    notes: "Caught up.",
  }));
  const followUps: Prisma.FollowUpCreateManyInput[] = Array.from({ length: volumes.followUps }, (_, i) => ({
    id: randomUUID(),
    userId,
    title: `Follow up ${i}`,
    contactId: contacts[i % contacts.length]!.id!,
    applicationId: applications[i % applications.length]!.id!,
    // Mostly in the future; some overdue and some due today, as in a real search.
    dueAt: addDays(now, (i % 200) - 20),
    // Overdue ones were already reminded, so the worker has nothing to do at bench time.
    remindedDueAt: (i % 200) - 20 <= 0 ? addDays(now, (i % 200) - 20) : null,
    status: i % 10 === 0 ? "done" : "pending",
    origin: pick(["manual", "cadence", "rejection_plan"] as const, i),
    cadenceDays: i % 3 === 1 ? 60 : null,
  }));
  return { companies, contacts, applications, interactions, followUps };
}

async function insertInBatches<T>(rows: T[], insert: (batch: T[]) => Promise<unknown>) {
  for (let start = 0; start < rows.length; start += BATCH) await insert(rows.slice(start, start + BATCH));
}

async function main() {
  loadDotEnv();
  const database = await openAppDatabase();
  const { db } = await import("../lib/db");
  const started = Date.now();
  try {
    await db.user.deleteMany({ where: { OR: [{ email: BENCH_EMAIL }, { email: { endsWith: "@bench.bridges.local" } }] } });
    const passwordHash = await hashPassword(BENCH_PASSWORD);
    const now = new Date();
    const users = [
      { id: randomUUID(), email: BENCH_EMAIL, volumes: HEAVY },
      ...Array.from({ length: OTHER_USERS }, (_, i) => ({ id: randomUUID(), email: `user${i}@bench.bridges.local`, volumes: TYPICAL })),
    ];
    await insertInBatches(users, (batch) =>
      db.user.createMany({
        data: batch.map((u) => ({ id: u.id, email: u.email, name: u.email.split("@")[0], passwordHash, timeZone: "Europe/London", calendarToken: randomUUID() })),
      }),
    );

    const all = { companies: [], contacts: [], applications: [], interactions: [], followUps: [] } as ReturnType<typeof rowsFor> extends infer R
      ? { [K in keyof R]: R[K] }
      : never;
    for (const user of users) {
      const rows = rowsFor(user.id, user.volumes, now);
      for (const key of Object.keys(all) as (keyof typeof all)[]) (all[key] as unknown[]).push(...rows[key]);
    }
    await insertInBatches(all.companies, (batch) => db.company.createMany({ data: batch }));
    await insertInBatches(all.contacts, (batch) => db.contact.createMany({ data: batch }));
    await insertInBatches(all.applications, (batch) => db.application.createMany({ data: batch }));
    await insertInBatches(all.interactions, (batch) => db.interaction.createMany({ data: batch }));
    await insertInBatches(all.followUps, (batch) => db.followUp.createMany({ data: batch }));
    await db.$executeRawUnsafe("ANALYZE");

    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    console.log(
      `✔ Bench data ready in ${seconds} s: ${users.length} users, ${all.applications.length} applications, ` +
        `${all.contacts.length} contacts, ${all.interactions.length} interactions, ${all.followUps.length} follow-ups.\n` +
        `  Heavy user: ${BENCH_EMAIL} / ${BENCH_PASSWORD}`,
    );
  } finally {
    await db.$disconnect();
    await database.stop();
  }
}

main().catch((error) => {
  console.error(`✖ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
