import { addDays } from "date-fns";
import { DEFAULT_CADENCE_DAYS, type ContactRole } from "../../validation/contact";

/**
 * A contact's keep-in-touch cadence and next touch: the days the user chose, else the default
 * for the role (the user's own defaults first); the clock runs from the last interaction, or
 * from now for someone never contacted.
 */
export function contactCadence(
  role: ContactRole,
  chosenDays: number | null,
  lastInteractionAt: Date | null,
  userDefaults: Partial<Record<ContactRole, number>> = {},
  now = new Date(),
) {
  const keepInTouchDays = chosenDays ?? userDefaults[role] ?? DEFAULT_CADENCE_DAYS[role];
  const nextTouchAt = keepInTouchDays ? addDays(lastInteractionAt ?? now, keepInTouchDays) : null;
  return { keepInTouchDays, nextTouchAt };
}

/** The user's `cadenceDefaults` JSON, keeping only sane numbers. */
export function parseCadenceDefaults(value: unknown): Partial<Record<ContactRole, number>> {
  if (!value || typeof value !== "object") return {};
  return Object.fromEntries(
    Object.entries(value).filter((entry): entry is [ContactRole, number] => Number.isInteger(entry[1]) && entry[1] > 0 && entry[1] <= 730),
  );
}
