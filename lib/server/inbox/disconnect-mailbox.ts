import { db } from "../../db";

/**
 * Disconnect: the mailbox's address and sealed password go, and so does everything read from it
 * (its proposals, open or not). What an applied proposal changed in the pipeline stays: that is
 * the user's own record now.
 */
export async function disconnectMailbox(userId: string) {
  const [mailboxes, proposals] = await db.$transaction([
    db.inboxMailbox.deleteMany({ where: { userId } }),
    db.inboxProposal.deleteMany({ where: { userId, source: "imap" } }),
  ]);
  return { disconnected: mailboxes.count > 0, proposalsRemoved: proposals.count };
}
