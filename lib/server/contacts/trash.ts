// A deleted contact sits in the trash (deletedAt set) until its Undo or the purge
// (lib/jobs/purge-trash.ts). Every read of contacts, and of the follow-ups and letters about them,
// leaves the trash out through these filters.
import { Prisma } from "@prisma/client";

/** A contact not in the trash. */
export const LIVE_CONTACT = { deletedAt: null } as const satisfies Prisma.ContactWhereInput;

/** A follow-up, letter or timeline entry not about a contact in the trash (one about nobody stays). */
export const NOT_ABOUT_TRASHED_CONTACT = { NOT: { contact: { is: { deletedAt: { not: null } } } } } as const satisfies Prisma.FollowUpWhereInput &
  Prisma.LetterWhereInput &
  Prisma.ActivityWhereInput;

/** A letter still to write to a contact in the trash is hidden with them; letters already handled stay the application's record. */
export const NOT_TO_WRITE_TO_TRASHED_CONTACT = { NOT: { status: "draft", contact: { is: { deletedAt: { not: null } } } } } as const satisfies Prisma.LetterWhereInput;

/** The same in raw SQL, for the row `alias` with a "contactId" column. */
export const notAboutTrashedContact = (alias: string) =>
  Prisma.sql`NOT EXISTS (SELECT 1 FROM "Contact" tc WHERE tc.id = ${Prisma.raw(`${alias}."contactId"`)} AND tc."deletedAt" IS NOT NULL)`;

/** A contact reached through a one-to-one link (a referrer, a rejection's sender): none while in the trash. */
export function unlessTrashed<P extends { deletedAt: Date | null }>(person: P | null): P | null {
  return person && !person.deletedAt ? person : null;
}
