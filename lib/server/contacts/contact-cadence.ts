import type { Prisma } from "@prisma/client";
import type { Tx } from "../../db";
import { notFound } from "../../errors";
import { nextCadenceDue } from "../../schedule/reminders";
import type { WorkingHours } from "../../schedule/working-hours";
import { DEFAULT_CADENCE_DAYS, type ContactRole } from "../../validation/contact";
import { workingHoursSelect } from "../follow-ups/shared";

/** What a contact's cadence depends on besides the contact: the user's defaults and working hours. */
export type CadenceSettings = { defaults: Partial<Record<ContactRole, number>>; hours: WorkingHours };

export const cadenceSettingsSelect = { ...workingHoursSelect, cadenceDefaults: true } satisfies Prisma.UserSelect;

export function cadenceSettingsOf({ cadenceDefaults, ...hours }: Prisma.UserGetPayload<{ select: typeof cadenceSettingsSelect }>): CadenceSettings {
  return { defaults: parseCadenceDefaults(cadenceDefaults), hours };
}

/** The user's cadence settings, read once for any number of contacts. */
export async function userCadenceSettings(tx: Tx, userId: string): Promise<CadenceSettings> {
  const user = await tx.user.findUnique({ where: { id: userId }, select: cadenceSettingsSelect });
  if (!user) throw notFound("User");
  return cadenceSettingsOf(user);
}

/**
 * A contact's keep-in-touch cadence and next touch: the days the user chose, else the default
 * for the role (the user's own defaults first); the clock runs from the last interaction, or
 * from now for someone never contacted, and the next touch lands in the user's working hours.
 */
export function contactCadence(role: ContactRole, chosenDays: number | null, lastInteractionAt: Date | null, settings: CadenceSettings, now = new Date()) {
  const keepInTouchDays = chosenDays ?? settings.defaults[role] ?? DEFAULT_CADENCE_DAYS[role];
  const nextTouchAt = keepInTouchDays ? nextCadenceDue(lastInteractionAt ?? now, keepInTouchDays, settings.hours) : null;
  return { keepInTouchDays, nextTouchAt };
}

/** The user's `cadenceDefaults` JSON, keeping only sane numbers. */
export function parseCadenceDefaults(value: unknown): Partial<Record<ContactRole, number>> {
  if (!value || typeof value !== "object") return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [ContactRole, number] => Number.isInteger(entry[1]) && entry[1] > 0 && entry[1] <= 730),
  );
}
