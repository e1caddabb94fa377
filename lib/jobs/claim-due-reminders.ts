// The sweep's first half: turn due follow-ups into deliveries. Deliberately crosses users
// (it is the system's clock, not a user's request); every row it writes carries the follow-up's
// own userId.
import type { Prisma } from "@prisma/client";
import type { Db, Tx } from "../db";
import { nextDigestAt } from "../schedule/reminders";
import { reminderMessageId, renderReminderEmail } from "./reminder-email";

type ClaimedRow = {
  id: string;
  userId: string;
  title: string;
  dueAt: Date;
  contactId: string | null;
  applicationId: string | null;
};

export type ClaimOptions = { now?: Date; batchSize?: number; appUrl: string };

/**
 * Claims up to `batchSize` due follow-ups and, in the same transaction, writes their deliveries:
 * the in-app notification (delivered at once) and the e-mail (queued for the sender, or for the
 * user's digest hour). `FOR UPDATE SKIP LOCKED` lets concurrent workers take disjoint rows; marking
 * `remindedDueAt` and the unique (followUpId, channel, dueAt) key make a second delivery of the
 * same due moment impossible, even if the transaction were replayed. A worker that dies mid-way
 * rolls back and leaves the rows for the next sweep. Returns how many follow-ups were claimed.
 */
export async function claimDueReminders(client: Db, { now = new Date(), batchSize = 500, appUrl }: ClaimOptions): Promise<number> {
  return client.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<ClaimedRow[]>`
      WITH due AS (
        SELECT id FROM "FollowUp"
        WHERE status IN ('pending', 'snoozed')
          AND "dueAt" <= ${now}
          AND ("remindedDueAt" IS NULL OR "remindedDueAt" <> "dueAt")
        ORDER BY "dueAt"
        LIMIT ${batchSize}
        FOR UPDATE SKIP LOCKED
      )
      UPDATE "FollowUp" AS f SET "remindedDueAt" = f."dueAt"
      FROM due WHERE f.id = due.id
      RETURNING f.id, f."userId", f.title, f."dueAt", f."contactId", f."applicationId"`;
    if (claimed.length > 0) await writeDeliveries(tx, claimed, now, appUrl);
    return claimed.length;
  });
}

async function writeDeliveries(tx: Tx, claimed: ClaimedRow[], now: Date, appUrl: string) {
  const ids = (rows: ClaimedRow[], key: "userId" | "contactId" | "applicationId") =>
    [...new Set(rows.map((row) => row[key]).filter((id): id is string => Boolean(id)))];
  // One connection per transaction: these run one after the other.
  const users = await tx.user.findMany({
    where: { id: { in: ids(claimed, "userId") } },
    select: { id: true, email: true, timeZone: true, digestEnabled: true, digestHour: true },
  });
  const contacts = await tx.contact.findMany({ where: { id: { in: ids(claimed, "contactId") } }, select: { id: true, name: true } });
  const applications = await tx.application.findMany({
    where: { id: { in: ids(claimed, "applicationId") } },
    select: { id: true, role: true, company: { select: { name: true } } },
  });
  const userById = new Map(users.map((user) => [user.id, user]));
  const contactName = new Map(contacts.map((contact) => [contact.id, contact.name]));
  const applicationLabel = new Map(applications.map((app) => [app.id, `${app.role} at ${app.company.name}`]));

  const deliveries: Prisma.DeliveryCreateManyInput[] = [];
  const content = new Map<string, ReturnType<typeof renderReminderEmail>>();
  for (const row of claimed) {
    const user = userById.get(row.userId)!;
    const email = renderReminderEmail(
      {
        followUpId: row.id,
        title: row.title,
        dueAt: row.dueAt,
        timeZone: user.timeZone,
        contactName: row.contactId ? contactName.get(row.contactId) : null,
        applicationLabel: row.applicationId ? applicationLabel.get(row.applicationId) : null,
      },
      appUrl,
    );
    content.set(row.id, email);
    const key = { userId: row.userId, followUpId: row.id, dueAt: row.dueAt };
    deliveries.push({ ...key, channel: "in_app", status: "sent", attempts: 1, sentAt: now, subject: row.title });
    deliveries.push({
      ...key,
      channel: "email",
      status: "pending",
      toAddress: user.email,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html,
      messageId: reminderMessageId(row.id, row.dueAt, appUrl),
      nextAttemptAt: user.digestEnabled ? nextDigestAt(now, user.digestHour, user.timeZone) : now,
    });
  }
  const created = await tx.delivery.createManyAndReturn({
    data: deliveries,
    skipDuplicates: true,
    select: { followUpId: true, channel: true },
  });
  // Only a delivery row that was actually inserted earns a notification: that is the exactly-once.
  const notify = created.filter((row) => row.channel === "in_app" && row.followUpId);
  const byId = new Map(claimed.map((row) => [row.id, row]));
  await tx.notification.createMany({
    data: notify.map(({ followUpId }) => {
      const row = byId.get(followUpId!)!;
      return { userId: row.userId, followUpId: row.id, title: row.title, body: content.get(row.id)!.text.split("\n").slice(1, 3).join("\n"), url: `/follow-ups#follow-up-${row.id}` };
    }),
  });
}
