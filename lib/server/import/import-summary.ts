import { Prisma } from "@prisma/client";

export type NumberedRow<T> = { row: number; value: T };

/** Rows are written a thousand at a time: far below Postgres' 65,535 bind parameters. */
export const WRITE_BATCH = 1000;

export function* batches<T>(items: readonly T[], size = WRITE_BATCH): Generator<T[]> {
  for (let start = 0; start < items.length; start += size) yield items.slice(start, start + size);
}

/** A large file is one transaction: give it longer than Prisma's 5 s default. */
export const IMPORT_TRANSACTION = { timeout: 60_000, maxWait: 10_000 } as const;

/** Only the fields whose new value differs from the stored one; undefined when nothing does. */
export function changedFields<T extends Record<string, unknown>>(stored: Record<string, unknown>, incoming: T): Partial<T> | undefined {
  const changes: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(incoming)) {
    if (value === null || value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    if (!sameValue(stored[key], value)) changes[key] = value;
  }
  return Object.keys(changes).length ? (changes as Partial<T>) : undefined;
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => item === b[i]);
  return a === b;
}

/** Prisma stores instants as UTC in `timestamp(3)` columns: raw SQL must do the same. */
export const NOW_UTC = Prisma.sql`timezone('UTC', now())`;
