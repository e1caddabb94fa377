// The shape of every row id: Prisma's cuid (`@default(cuid())`, "c" + 24 base-36 characters)
// or a UUID (rows inserted in bulk by SQL: import, reminders, the benchmark seed). An id from the
// client that has neither shape names no row, so it is answered as not found before any query —
// and an operator object (`{ not: "" }`), a NUL or a lone surrogate never reaches Prisma.
const ID_SHAPE = /^(?:c[0-9a-z]{24}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

export function isIdShaped(value: unknown): value is string {
  return typeof value === "string" && ID_SHAPE.test(value);
}
