// The sweep's first half: turn due follow-ups into deliveries. Deliberately crosses users
// (it is the system's clock, not a user's request); every row it writes carries the follow-up's
// own userId.
import type { Db, Tx } from "../db";
import { nextDigestAt } from "../schedule/reminders";
import { reminderMessageId, renderReminderEmail } from "./reminder-email";
import { notAboutTrashedContact } from "../server/contacts/trash";

/** A claimed follow-up with what its reminder says: its owner's address and zone, whom it is with. */
type ClaimedRow = {
  id: string;
  userId: string;
  title: string;
  dueAt: Date;
  email: string;
  timeZone: string;
  digestEnabled: boolean;
  digestHour: number;
  weekdaysOnly: boolean;
  contactName: string | null;
  applicationRole: string | null;
  companyName: string | null;
};

export type ClaimOptions = { now?: Date; batchSize?: number; appUrl: string };

/**
 * Claims up to `batchSize` due follow-ups and, in the same transaction, writes their deliveries:
 * the in-app notification (delivered at once) and the e-mail (queued for the sender, or for the
 * user's digest hour). `FOR UPDATE SKIP LOCKED` lets concurrent workers take disjoint rows; marking
 * `remindedDueAt` and the unique (followUpId, channel, dueAt) key make a second delivery of the
 * same due moment impossible, even if the transaction were replayed. A worker that dies mid-way
 * rolls back and leaves the rows for the next sweep. Returns how many follow-ups were claimed.
 *
 * Two statements whatever the batch size: the claim (which also reads the owner, contact and
 * application the message names), then every insert. Both are plain SQL: Prisma's createMany
 * compiled and interpreted each row's bodies, most of a worker's CPU at 100,000 reminders.
 */
export async function claimDueReminders(client: Db, { now = new Date(), batchSize = 500, appUrl }: ClaimOptions): Promise<number> {
  return client.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<ClaimedRow[]>`
      WITH due AS (
        SELECT id FROM "FollowUp"
        WHERE status IN ('pending', 'snoozed')
          AND "dueAt" <= ${now}
          AND ("remindedDueAt" IS NULL OR "remindedDueAt" <> "dueAt")
          AND ${notAboutTrashedContact('"FollowUp"')}
        ORDER BY "dueAt"
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED
      ), claimed AS (
        UPDATE "FollowUp" AS f SET "remindedDueAt" = f."dueAt"
        FROM due WHERE f.id = due.id
        RETURNING f.id, f."userId", f.title, f."dueAt", f."contactId", f."applicationId"
      )
      SELECT c.id, c."userId", c.title, c."dueAt", u.email, u."timeZone", u."digestEnabled", u."digestHour", u."weekdaysOnly",
        ct.name AS "contactName", a.role AS "applicationRole", co.name AS "companyName"
      FROM claimed c
      JOIN "User" u ON u.id = c."userId"
      LEFT JOIN "Contact" ct ON ct.id = c."contactId"
      LEFT JOIN "Application" a ON a.id = c."applicationId"
      LEFT JOIN "Company" co ON co.id = a."companyId"`;
    if (claimed.length > 0) await writeDeliveries(tx, claimed, now, appUrl);
    return claimed.length;
  });
}

async function writeDeliveries(tx: Tx, claimed: ClaimedRow[], now: Date, appUrl: string) {
  const column = <T>(value: (row: ClaimedRow, index: number) => T) => claimed.map(value);
  const emails = claimed.map((row) =>
    renderReminderEmail(
      {
        followUpId: row.id,
        title: row.title,
        dueAt: row.dueAt,
        timeZone: row.timeZone,
        contactName: row.contactName,
        applicationLabel: row.applicationRole !== null ? `${row.applicationRole} at ${row.companyName}` : null,
      },
      appUrl,
    ),
  );
  const createdAt = new Date();
  // Ids come from gen_random_uuid() (PostgreSQL 13+): Prisma's @default(cuid()) applies only to its own inserts.
  // Each row of `input` is one follow-up: its in-app delivery, its e-mail delivery and its
  // notification. Only an in-app delivery row actually inserted (not already there for this due
  // moment) earns a notification: that is the exactly-once.
  await tx.$executeRaw`
    WITH input AS (
      SELECT * FROM unnest(
        ${column((row) => row.id)}::text[],
        ${column((row) => row.userId)}::text[],
        ${column((row) => row.dueAt)}::timestamp(3)[],
        ${column((row) => row.title)}::text[],
        ${column((row) => row.email)}::text[],
        ${column((_, i) => emails[i]!.subject)}::text[],
        ${column((_, i) => emails[i]!.text)}::text[],
        ${column((_, i) => emails[i]!.html)}::text[],
        ${column((row) => reminderMessageId(row.id, row.dueAt, appUrl))}::text[],
        ${column((row) => (row.digestEnabled ? nextDigestAt(now, row.digestHour, row) : now))}::timestamp(3)[],
        ${column((_, i) => emails[i]!.text.split("\n").slice(1, 3).join("\n"))}::text[]
      ) AS i("followUpId", "userId", "dueAt", title, "toAddress", subject, "textBody", "htmlBody",
             "messageId", "nextAttemptAt", "notificationBody")
    ), in_app AS (
      INSERT INTO "Delivery" (id, "userId", "followUpId", channel, "dueAt", status, attempts, "sentAt", subject, "createdAt")
      SELECT gen_random_uuid()::text, "userId", "followUpId", 'in_app'::"DeliveryChannel", "dueAt", 'sent'::"DeliveryStatus", 1, ${now}, title, ${createdAt}
      FROM input
      ON CONFLICT ("followUpId", channel, "dueAt") DO NOTHING
      RETURNING "followUpId"
    ), email AS (
      INSERT INTO "Delivery" (id, "userId", "followUpId", channel, "dueAt", status, attempts, "nextAttemptAt",
                              "toAddress", subject, "textBody", "htmlBody", "messageId", "createdAt")
      SELECT gen_random_uuid()::text, "userId", "followUpId", 'email'::"DeliveryChannel", "dueAt", 'pending'::"DeliveryStatus", 0, "nextAttemptAt",
             "toAddress", subject, "textBody", "htmlBody", "messageId", ${createdAt}
      FROM input
      ON CONFLICT ("followUpId", channel, "dueAt") DO NOTHING
    )
    INSERT INTO "Notification" (id, "userId", "followUpId", title, body, url, "createdAt")
    SELECT gen_random_uuid()::text, i."userId", i."followUpId", i.title, i."notificationBody", '/follow-ups#follow-up-' || i."followUpId", ${createdAt}
    FROM input i JOIN in_app USING ("followUpId")`;
}
