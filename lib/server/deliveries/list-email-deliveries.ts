import { db } from "../../db";

/**
 * The user's reminder e-mails, newest first: the outbox when no SMTP server is configured,
 * and the record of what was sent, is waiting for a retry, or failed.
 */
export async function listEmailDeliveries(userId: string, { take = 50 }: { take?: number } = {}) {
  return db.delivery.findMany({
    where: { userId, channel: "email" },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take,
    select: {
      id: true,
      status: true,
      toAddress: true,
      subject: true,
      textBody: true,
      attempts: true,
      lastError: true,
      nextAttemptAt: true,
      sentAt: true,
      createdAt: true,
      followUpId: true,
    },
  });
}
