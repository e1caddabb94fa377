import type { FollowUpStatus, Prisma } from "@prisma/client";
import type { Tx } from "../../db";
import { notFound } from "../../errors";
import type { WorkingHours } from "../../schedule/working-hours";
import { LIVE_CONTACT } from "../contacts/trash";

/** Follow-ups the user still has to act on. */
export const OPEN_STATUSES = ["pending", "snoozed"] as const satisfies readonly FollowUpStatus[];

export const followUpListSelect = {
  id: true,
  title: true,
  notes: true,
  dueAt: true,
  status: true,
  origin: true,
  cadenceDays: true,
  contact: { select: { id: true, name: true } },
  application: { select: { id: true, role: true, company: { select: { name: true } } } },
} satisfies Prisma.FollowUpSelect;

export type FollowUpListItem = Prisma.FollowUpGetPayload<{ select: typeof followUpListSelect }>;

export async function userTimeZone(tx: Tx, userId: string): Promise<string> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: { timeZone: true } });
  if (!user) throw notFound("User");
  return user.timeZone;
}

/** The user fields that make up their working hours, for a query that reads the user anyway. */
export const workingHoursSelect = { timeZone: true, reminderMinutes: true, weekdaysOnly: true } satisfies Prisma.UserSelect;

/** The user's working hours: every moment the app chooses for them goes through these (ADR 0009). */
export async function userWorkingHours(tx: Tx, userId: string): Promise<WorkingHours> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: workingHoursSelect });
  if (!user) throw notFound("User");
  return user;
}

/** Ids from the form must name the user's own contact and application before being linked. */
export async function assertLinksOwned(tx: Tx, userId: string, links: { contactId?: string | null; applicationId?: string | null }) {
  if (links.contactId && !(await tx.contact.count({ where: { id: links.contactId, userId, ...LIVE_CONTACT } }))) throw notFound("Contact");
  if (links.applicationId && !(await tx.application.count({ where: { id: links.applicationId, userId, deletedAt: null } }))) {
    throw notFound("Application");
  }
}
