import { db, type Tx } from "../../db";
import { AppError, notFound } from "../../errors";
import { morningOf } from "../../schedule/follow-up-plan";
import type { AcceptPlanInput } from "../../validation/follow-up-plan";
import { assertContactsOwned } from "../contacts/assert-contacts-owned";
import { userWorkingHours } from "../follow-ups/shared";

/** The follow-ups that make a rejection's plan accepted: those this function creates. */
export const PLAN_ORIGINS = ["rejection_plan", "cadence"] as const;

/**
 * Turns the plan the user kept into follow-ups, all or nothing: one-off check-ins and requests
 * (origin rejection_plan) and keep-in-touch cadences (origin cadence, which also set the
 * contact's cadence so that logging any touch moves them). Each lands on the chosen day at the
 * user's reminder time, in their time zone. A plan is accepted once, and never starts a second
 * cadence for one person.
 */
export async function acceptFollowUpPlan(userId: string, applicationId: string, items: AcceptPlanInput) {
  return db.$transaction(async (tx) => {
    const rejection = await tx.rejection.findFirst({ where: { applicationId, userId, application: { deletedAt: null } }, select: { id: true } });
    if (!rejection) throw notFound("Rejection");
    // Two tabs accepting at once queue here; the second then sees the first one's follow-ups.
    await tx.$queryRaw`SELECT id FROM "Rejection" WHERE id = ${rejection.id} FOR UPDATE`;
    const already = await tx.followUp.count({ where: { userId, rejectionId: rejection.id, origin: { in: [...PLAN_ORIGINS] } } });
    if (already) throw new AppError("CONFLICT", "This plan has already been accepted.");

    await assertContactsOwned(userId, items.flatMap((item) => (item.contactId ? [item.contactId] : [])), tx);
    await assertOneCadencePerContact(tx, userId, items);
    const hours = await userWorkingHours(tx, userId);

    const created = [];
    for (const item of items) {
      const dueAt = morningOf(item.dueOn, hours);
      const cadence = item.kind === "keep_in_touch";
      created.push(
        await tx.followUp.create({
          data: {
            userId,
            title: item.title,
            notes: item.notes,
            contactId: item.contactId,
            applicationId,
            rejectionId: rejection.id,
            dueAt,
            cadenceDays: cadence ? item.cadenceDays : null,
            origin: cadence ? "cadence" : "rejection_plan",
          },
          select: { id: true },
        }),
      );
      if (cadence && item.contactId) {
        await tx.contact.updateMany({ where: { id: item.contactId, userId }, data: { keepInTouchDays: item.cadenceDays, nextTouchAt: dueAt } });
      }
    }
    return created;
  });
}

/** One keep-in-touch cadence per person across the account: not two in this plan, none on top of an open one. */
async function assertOneCadencePerContact(tx: Tx, userId: string, items: AcceptPlanInput) {
  const cadences = items.flatMap(({ kind, contactId, index }) => (kind === "keep_in_touch" && contactId ? [{ index, contactId }] : []));
  if (!cadences.length) return;
  const open = await tx.followUp.findMany({
    where: { userId, contactId: { in: cadences.map((cadence) => cadence.contactId) }, origin: "cadence", status: { in: ["pending", "snoozed"] } },
    select: { contactId: true },
  });
  const taken = new Set(open.map((row) => row.contactId));
  const fieldErrors: Record<string, string[]> = {};
  for (const { index, contactId } of cadences) {
    if (taken.has(contactId)) fieldErrors[`items.${index}.contactId`] = ["Already on a keep-in-touch cadence: one is enough"];
    taken.add(contactId);
  }
  if (Object.keys(fieldErrors).length) throw new AppError("INVALID", "Keep in touch with each person once.", fieldErrors);
}
