// Ids for rows the jobs insert with plain SQL, where Prisma's @default(cuid()) does not apply:
// the same shape as a cuid (a "c", then 24 lowercase base-36 characters, time first, so ids
// still sort roughly by creation), unique across processes by their 12 random characters.
import { randomBytes } from "node:crypto";

let counter = 0;

export function newRowId(): string {
  counter = (counter + 1) % 36 ** 4;
  const time = Date.now().toString(36).padStart(8, "0").slice(-8);
  const random = randomBytes(8).readBigUInt64BE().toString(36).padStart(13, "0").slice(-12);
  return `c${time}${counter.toString(36).padStart(4, "0")}${random}`;
}
