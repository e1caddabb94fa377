// Builders for realistic rows, shared by the tests and by prisma/seed.ts. Each takes the
// Prisma client (or a transaction) and the owner's id, and lets a test override any field.
import { randomBytes } from "node:crypto";
import type { Prisma } from "@prisma/client";
import type { Db, Tx } from "../../lib/db";
import { hashPassword } from "../../lib/auth/password";

type Client = Db | Tx;

let sequence = 0;
const next = () => `${Date.now().toString(36)}${(++sequence).toString(36)}${randomBytes(2).toString("hex")}`;

const FIRST_NAMES = ["Ana", "Ben", "Chloé", "Dev", "Elif", "Femi", "Greta", "Hiro", "Ines", "Jonas", "Kemi", "Luca", "Maya", "Noor", "Olek", "Priya"];
const LAST_NAMES = ["Alvarez", "Brennan", "Chen", "Dubois", "Eriksen", "Fofana", "García", "Haddad", "Ito", "Jensen", "Kowalski", "Larsen", "Mensah", "Nakamura"];
const COMPANIES = ["Northwind Labs", "Acme Robotics", "Globex", "Initech", "Umbrella Health", "Hooli", "Stark Logistics", "Wayne Analytics", "Tyrell Bio", "Cyberdyne", "Soylent Foods", "Vandelay Industries"];
const ROLES = ["Senior Frontend Engineer", "Staff Software Engineer", "Product Engineer", "Platform Engineer", "Engineering Manager", "Full-stack Developer", "Data Engineer"];

export const pick = <T>(items: readonly T[], index: number): T => items[index % items.length]!;

export const DEFAULT_PASSWORD = "correct horse battery staple";

export async function createUser(db: Client, overrides: Partial<Prisma.UserUncheckedCreateInput> & { password?: string } = {}) {
  const { password = DEFAULT_PASSWORD, ...data } = overrides;
  const id = next();
  return db.user.create({
    data: {
      email: `user-${id}@example.test`,
      name: `Test User ${id}`,
      passwordHash: await hashPassword(password),
      timeZone: "Europe/London",
      calendarToken: randomBytes(24).toString("base64url"),
      ...data,
    },
  });
}

export function createCompany(db: Client, userId: string, overrides: Partial<Prisma.CompanyUncheckedCreateInput> = {}) {
  const n = ++sequence;
  return db.company.create({
    data: { userId, name: `${pick(COMPANIES, n)} ${next()}`, website: `https://example.com/${n}`, ...overrides },
  });
}

export async function createApplication(db: Client, userId: string, overrides: Partial<Prisma.ApplicationUncheckedCreateInput> = {}) {
  const n = ++sequence;
  const companyId = overrides.companyId ?? (await createCompany(db, userId)).id;
  return db.application.create({
    data: {
      userId,
      companyId,
      role: pick(ROLES, n),
      status: "applied",
      appliedOn: new Date(Date.UTC(2026, 9, 1 + (n % 28))),
      postingUrl: `https://jobs.example.com/${n}`,
      source: pick(["referral", "job board", "recruiter", "company site"], n),
      ...overrides,
    },
  });
}

export function createContact(db: Client, userId: string, overrides: Partial<Prisma.ContactUncheckedCreateInput> = {}) {
  const n = ++sequence;
  const first = pick(FIRST_NAMES, n);
  const last = pick(LAST_NAMES, n * 7);
  return db.contact.create({
    data: {
      userId,
      name: `${first} ${last}`,
      email: `${first}.${last}.${next()}@example.test`.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, ""),
      role: "interviewer",
      ...overrides,
    },
  });
}

export async function createInterview(
  db: Client,
  userId: string,
  applicationId: string,
  overrides: Partial<Prisma.InterviewUncheckedCreateInput> & { interviewerIds?: string[]; interviewerNotes?: Record<string, string> } = {},
) {
  const { interviewerIds = [], interviewerNotes = {}, ...data } = overrides;
  return db.interview.create({
    data: {
      userId,
      applicationId,
      kind: "technical",
      scheduledAt: new Date(Date.now() + 3 * 24 * 3600 * 1000),
      ...data,
      interviewers: { create: interviewerIds.map((contactId) => ({ userId, contactId, note: interviewerNotes[contactId] ?? null })) },
    },
    include: { interviewers: true },
  });
}

export function createRejection(db: Client, userId: string, applicationId: string, overrides: Partial<Prisma.RejectionUncheckedCreateInput> = {}) {
  return db.rejection.create({
    data: { userId, applicationId, receivedOn: new Date(), stageReached: "final", closeSecond: true, keepOnFile: true, ...overrides },
  });
}

export function createFollowUp(db: Client, userId: string, overrides: Partial<Prisma.FollowUpUncheckedCreateInput> = {}) {
  return db.followUp.create({
    data: { userId, title: "Check in", dueAt: new Date(Date.now() + 24 * 3600 * 1000), ...overrides },
  });
}

export function createInteraction(db: Client, userId: string, contactId: string, overrides: Partial<Prisma.InteractionUncheckedCreateInput> = {}) {
  return db.interaction.create({
    data: { userId, contactId, kind: "email", occurredAt: new Date(), ...overrides },
  });
}

/** An open inbox proposal: a rejection read from a pasted e-mail. */
export function createInboxProposal(db: Client, userId: string, overrides: Partial<Prisma.InboxProposalUncheckedCreateInput> = {}) {
  return db.inboxProposal.create({
    data: {
      userId,
      messageId: `<${randomBytes(12).toString("hex")}@mail.test>`,
      source: "paste",
      fromAddress: "recruiter@mail.test",
      subject: "Your application",
      sentAt: new Date(),
      kind: "rejection",
      rule: "rejection.en.other-candidates",
      ruleDescription: "says they chose other candidates",
      excerpt: "We decided to move forward with other candidates.",
      ...overrides,
    },
  });
}

/** A connected IMAP mailbox; its password sealed as the app seals it would look, but with no real key. */
export function createInboxMailbox(db: Client, userId: string, overrides: Partial<Prisma.InboxMailboxUncheckedCreateInput> = {}) {
  return db.inboxMailbox.create({
    data: {
      userId,
      host: "imap.mail.test",
      port: 993,
      username: "alex@mail.test",
      passwordSealed: `v1:00000000:${randomBytes(12).toString("base64url")}:${randomBytes(16).toString("base64url")}:${randomBytes(16).toString("base64url")}`,
      startDate: new Date("2026-11-01T00:00:00Z"),
      ...overrides,
    },
  });
}

export const sample = { FIRST_NAMES, LAST_NAMES, COMPANIES, ROLES };
