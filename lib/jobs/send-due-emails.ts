// The sweep's second half: send the queued reminder e-mails. Each batch is leased (attempts + 1,
// next attempt pushed past the lease) in a short transaction, sent outside it, then settled with
// the attempt number as a fencing token, so a worker that died or stalled past its lease cannot
// overwrite the result of the worker that took over.
import type { Db } from "../db";
import { digestMessageId, renderDigestEmail } from "./reminder-email";
import { sendMail, type MailMessage } from "./mailer";
import { truncate } from "../text";

type LeasedRow = {
  id: string;
  userId: string;
  followUpId: string | null;
  attempts: number;
  toAddress: string | null;
  subject: string | null;
  textBody: string | null;
  htmlBody: string | null;
  messageId: string | null;
  digestEnabled: boolean;
};

export const MAX_EMAIL_ATTEMPTS = 6;

/** 1 min, 2, 4, 8, 16… capped at 2 h: a short outage heals quickly, a long one does not hammer. */
export function retryDelayMs(attempts: number) {
  return Math.min(60_000 * 2 ** Math.max(0, attempts - 1), 2 * 3600_000);
}

export type SendOptions = {
  now?: Date;
  batchSize?: number;
  leaseMs?: number;
  appUrl: string;
  /** Undefined: no SMTP server, the messages go to the user's outbox. */
  smtpUrl?: string;
  mailFrom?: string;
  concurrency?: number;
};

export type SendResult = { leased: number; sent: number; outbox: number; retried: number; failed: number };

export async function sendDueEmails(client: Db, options: SendOptions): Promise<SendResult> {
  const { now = new Date(), batchSize = 200, leaseMs = 60_000 } = options;
  const leased = await client.$queryRaw<LeasedRow[]>`
    WITH due AS (
      SELECT id FROM "Delivery"
      WHERE channel = 'email' AND status = 'pending' AND "nextAttemptAt" <= ${now}
      ORDER BY "nextAttemptAt"
      LIMIT ${batchSize}
      FOR UPDATE SKIP LOCKED
    )
    UPDATE "Delivery" AS d
    SET attempts = d.attempts + 1, "nextAttemptAt" = ${new Date(now.getTime() + leaseMs)}
    FROM due, "User" AS u
    WHERE d.id = due.id AND u.id = d."userId"
    RETURNING d.id, d."userId", d."followUpId", d.attempts, d."toAddress", d.subject, d."textBody", d."htmlBody", d."messageId", u."digestEnabled"`;

  const result: SendResult = { leased: leased.length, sent: 0, outbox: 0, retried: 0, failed: 0 };
  const messages = groupIntoMessages(leased, options.appUrl);
  await runLimited(messages, options.concurrency ?? 8, async ({ rows, message }) => {
    const outcome = await deliver(client, rows, message, options, now);
    result[outcome] += rows.length;
  });
  return result;
}

type Outgoing = { rows: LeasedRow[]; message: MailMessage };

/** One message per reminder, or one per user for those who chose the daily digest. */
function groupIntoMessages(rows: LeasedRow[], appUrl: string): Outgoing[] {
  const digests = new Map<string, LeasedRow[]>();
  const outgoing: Outgoing[] = [];
  for (const row of rows) {
    if (row.digestEnabled) digests.set(row.userId, [...(digests.get(row.userId) ?? []), row]);
    else outgoing.push({ rows: [row], message: messageOf(row) });
  }
  for (const group of digests.values()) {
    const items = group.map((row) => ({ followUpId: row.followUpId, subject: row.subject ?? "", text: row.textBody ?? "" }));
    const digest = renderDigestEmail(items, appUrl);
    outgoing.push({ rows: group, message: { to: group[0]!.toAddress ?? "", ...digest, messageId: digestMessageId(group.map((row) => row.id), appUrl) } });
  }
  return outgoing;
}

function messageOf(row: LeasedRow): MailMessage {
  return { to: row.toAddress ?? "", subject: row.subject ?? "", text: row.textBody ?? "", html: row.htmlBody ?? "", messageId: row.messageId ?? "" };
}

async function deliver(client: Db, rows: LeasedRow[], message: MailMessage, options: SendOptions, now: Date): Promise<Exclude<keyof SendResult, "leased">> {
  // Settle only rows still carrying this attempt: if the lease ran out and another worker took
  // them over, its result stands.
  const settle = (data: Parameters<Db["delivery"]["updateMany"]>[0]["data"]) =>
    Promise.all(rows.map((row) => client.delivery.updateMany({ where: { id: row.id, status: "pending", attempts: row.attempts }, data })));

  if (!options.smtpUrl) {
    await settle({ status: "outbox", sentAt: now, lastError: null, messageId: message.messageId });
    return "outbox";
  }
  try {
    await sendMail(message, { smtpUrl: options.smtpUrl, from: options.mailFrom });
    await settle({ status: "sent", sentAt: new Date(), lastError: null, messageId: message.messageId });
    return "sent";
  } catch (error) {
    const reason = truncate(error instanceof Error ? error.message : String(error), 500);
    const attempts = rows[0]!.attempts;
    if (attempts >= MAX_EMAIL_ATTEMPTS) {
      await settle({ status: "failed", lastError: reason });
      return "failed";
    }
    await settle({ lastError: reason, nextAttemptAt: new Date(now.getTime() + retryDelayMs(attempts)) });
    return "retried";
  }
}

async function runLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>) {
  let index = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (index < items.length) await task(items[index++]!);
  });
  await Promise.all(lanes);
}
