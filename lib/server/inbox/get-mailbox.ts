import { db } from "../../db";

/** The user's mailbox as Settings shows it: never the password, sealed or not. */
export function getMailbox(userId: string) {
  return db.inboxMailbox.findFirst({
    where: { userId },
    select: {
      host: true,
      port: true,
      tls: true,
      username: true,
      folder: true,
      startDate: true,
      autoApply: true,
      lastCheckedAt: true,
      lastSuccessAt: true,
      lastError: true,
      failures: true,
      nextPollAt: true,
    },
  });
}
export type MailboxStatus = NonNullable<Awaited<ReturnType<typeof getMailbox>>>;
