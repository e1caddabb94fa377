import type { Db } from "../db";

const DAY_MS = 24 * 60 * 60 * 1000;

/** How long a deleted contact or application waits in the trash, for an Undo, before it is gone for good. */
export const TRASH_RETENTION_DAYS = 30;

/**
 * Deletes for good the contacts and applications deleted more than TRASH_RETENTION_DAYS ago,
 * across users (the system's clock, like the reminder sweep). With a contact go what hid with it:
 * its follow-ups and the letters still to write to it; the cascade takes its interactions, notes,
 * timeline and interview seats; letters already sent or skipped stay on their application, by
 * the recipient's name. An application goes as its hard delete always went (the cascade). Run
 * by the worker every hour; deleting the account deletes the trash at once, with everything.
 */
export async function purgeTrash(client: Db, now = new Date()) {
  const expired = { deletedAt: { lt: new Date(now.getTime() - TRASH_RETENTION_DAYS * DAY_MS) } };
  const [, , contacts, applications] = await client.$transaction([
    client.followUp.deleteMany({ where: { contact: { is: expired } } }),
    client.letter.deleteMany({ where: { status: "draft", contact: { is: expired } } }),
    client.contact.deleteMany({ where: expired }),
    client.application.deleteMany({ where: expired }),
  ]);
  return { contacts: contacts.count, applications: applications.count };
}
