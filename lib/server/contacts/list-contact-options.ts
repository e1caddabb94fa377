import { db } from "../../db";

/** Contacts as choices for pickers (referrer, interviewers, merge target). */
export function listContactOptions(userId: string) {
  return db.contact.findMany({
    where: { userId },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    select: { id: true, name: true, email: true },
    take: 2000,
  });
}
export type ContactOption = Awaited<ReturnType<typeof listContactOptions>>[number];
