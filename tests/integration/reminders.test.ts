// Every test here runs the system-wide sweep, so they live in one file (vitest runs a file's
// tests in order): two files sweeping at once would take each other's reminders.
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient } from "@/lib/db";
import { claimDueReminders } from "@/lib/jobs/claim-due-reminders";
import { MAX_EMAIL_ATTEMPTS, retryDelayMs, sendDueEmails } from "@/lib/jobs/send-due-emails";
import { closeMailTransports } from "@/lib/jobs/mailer";
import { runSweep, type SweepOptions } from "@/lib/jobs/sweep";
import { createFollowUp } from "@/lib/server/follow-ups/create-follow-up";
import { snoozeFollowUp } from "@/lib/server/follow-ups/snooze-follow-up";
import { listEmailDeliveries } from "@/lib/server/deliveries/list-email-deliveries";
import { localInputToUtc } from "@/lib/schedule/zoned";
import { followUpSchema, snoozeSchema } from "@/lib/validation/follow-up";
import { createApplication, createCompany, createContact, createFollowUp as seedFollowUp, createUser } from "../factories";
import { db } from "../support/db";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";

const APP_URL = "http://bridges.test";
let sink: SmtpSink;

beforeAll(async () => {
  sink = await startSmtpSink();
});
afterAll(async () => {
  closeMailTransports();
  await sink.close();
});

const sweep = (options: Partial<SweepOptions> & { at?: Date } = {}) => {
  const { at, ...rest } = options;
  return runSweep(db, { appUrl: APP_URL, smtpUrl: sink.url, ...(at ? { now: () => at } : {}), ...rest });
};
const mailTo = (address: string) => sink.messages.filter((mail) => mail.to && !Array.isArray(mail.to) && mail.to.text === address);

/** Many users quickly: skips password hashing, which the reminders do not need. */
async function seedUsers(count: number) {
  const users = Array.from({ length: count }, (_, index) => ({
    id: `rem-${randomBytes(8).toString("hex")}`,
    email: `rem-${index}-${randomBytes(6).toString("hex")}@example.test`,
    passwordHash: "unused",
    timeZone: "Europe/London",
    calendarToken: randomBytes(24).toString("base64url"),
  }));
  await db.user.createMany({ data: users });
  return users;
}

describe("four workers on 1,000 due follow-ups", () => {
  it("deliver exactly 1,000 in-app notifications and 1,000 distinct e-mails", async () => {
    const users = await seedUsers(20);
    const dueAt = new Date(Date.now() - 60_000);
    await db.followUp.createMany({
      data: Array.from({ length: 1000 }, (_, index) => ({ userId: users[index % 20]!.id, title: `Reminder ${index}`, dueAt })),
    });
    const userIds = users.map((user) => user.id);

    const clients = Array.from({ length: 4 }, () => createPrismaClient(process.env.DATABASE_URL));
    try {
      await Promise.all(clients.map((client) => runSweep(client, { appUrl: APP_URL, smtpUrl: sink.url, claimBatchSize: 50, batchSize: 50 })));
    } finally {
      await Promise.all(clients.map((client) => client.$disconnect()));
    }

    const notifications = await db.notification.findMany({ where: { userId: { in: userIds } }, select: { followUpId: true } });
    expect(notifications).toHaveLength(1000);
    expect(new Set(notifications.map((row) => row.followUpId)).size).toBe(1000);
    const deliveries = await db.delivery.groupBy({ by: ["channel", "status"], where: { userId: { in: userIds } }, _count: true });
    expect(deliveries.map((row) => [row.channel, row.status, row._count]).sort()).toEqual([
      ["email", "sent", 1000],
      ["in_app", "sent", 1000],
    ]);
    const addresses = new Set(users.map((user) => user.email));
    const received = sink.messages.filter((mail) => mail.to && !Array.isArray(mail.to) && addresses.has(mail.to.text));
    expect(received).toHaveLength(1000);
    expect(new Set(received.map((mail) => mail.messageId)).size).toBe(1000);
    expect(await db.followUp.count({ where: { userId: { in: userIds }, remindedDueAt: dueAt } })).toBe(1000);
  }, 120_000);
});

describe("one reminder per due moment", () => {
  it("reminds once however often the sweep runs, and again after a snooze moves the due moment", async () => {
    const user = await createUser(db);
    const followUp = await seedFollowUp(db, user.id, { title: "Send the portfolio", dueAt: new Date(Date.now() - 1000) });
    await sweep();
    await sweep();
    expect(await db.notification.count({ where: { followUpId: followUp.id } })).toBe(1);

    const snoozedTo = await snoozeFollowUp(user.id, snoozeSchema.parse({ id: followUp.id, choice: "1d" }));
    await sweep();
    expect(await db.notification.count({ where: { followUpId: followUp.id } })).toBe(1);
    await sweep({ at: new Date(snoozedTo.getTime() + 1000) });
    await sweep({ at: new Date(snoozedTo.getTime() + 2000) });
    expect(await db.notification.count({ where: { followUpId: followUp.id } })).toBe(2);
    expect(await db.delivery.count({ where: { followUpId: followUp.id, channel: "email" } })).toBe(2);
  });

  it("sends nothing for a follow-up done or dismissed before it came due", async () => {
    const user = await createUser(db);
    const done = await seedFollowUp(db, user.id, { status: "done", dueAt: new Date(Date.now() - 1000) });
    const dismissed = await seedFollowUp(db, user.id, { status: "dismissed", dueAt: new Date(Date.now() - 1000) });
    await sweep();
    expect(await db.delivery.count({ where: { followUpId: { in: [done.id, dismissed.id] } } })).toBe(0);
  });

  it("delivers nothing for a follow-up created in a transaction that rolled back", async () => {
    const user = await createUser(db, { timeZone: "UTC" });
    const input = followUpSchema.parse({ title: "Never committed", dueAt: "2026-01-01T09:00" });
    let createdId = "";
    await expect(
      db.$transaction(async (tx) => {
        createdId = (await createFollowUp(user.id, input, tx)).id;
        // A sweep running while the transaction is open cannot see the row either.
        await sweep();
        throw new Error("roll back");
      }),
    ).rejects.toThrow("roll back");
    await sweep();
    expect(createdId).not.toBe("");
    expect(await db.followUp.count({ where: { id: createdId } })).toBe(0);
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.delivery.count({ where: { userId: user.id } })).toBe(0);
    expect(mailTo(user.email)).toHaveLength(0);
  });
});

describe("e-mail", () => {
  it("sends a plain-text and HTML message with a stable Message-ID and a link back to the follow-up", async () => {
    const user = await createUser(db, { timeZone: "America/New_York" });
    const contact = await createContact(db, user.id, { name: "Greta <Eriksen>" });
    const followUp = await seedFollowUp(db, user.id, { title: "Thank Greta & ask about Q1", contactId: contact.id, dueAt: new Date(Date.now() - 1000) });
    await sweep();
    const [mail] = await waitForMail(user.email, 1);
    expect(mail!.subject).toBe("Reminder: Thank Greta & ask about Q1");
    expect(mail!.messageId).toBe(`<reminder.${followUp.id}.${followUp.dueAt.getTime()}@bridges.test>`);
    expect(mail!.text).toContain("With Greta <Eriksen>");
    expect(mail!.text).toContain(`${APP_URL}/follow-ups#follow-up-${followUp.id}`);
    expect(mail!.html).toContain("Greta &lt;Eriksen&gt;");
    expect(mail!.html).toContain(`href="${APP_URL}/follow-ups#follow-up-${followUp.id}"`);
  });

  it("writes each delivery and notification of a claim with the follow-up's facts", async () => {
    const user = await createUser(db, { timeZone: "Europe/Paris" });
    const company = await createCompany(db, user.id, { name: "Acme Ü" });
    const application = await createApplication(db, user.id, { companyId: company.id, role: "Platform engineer" });
    const dueAt = new Date(Date.now() - 5000);
    const followUp = await seedFollowUp(db, user.id, { title: "Ask Acme for news", applicationId: application.id, dueAt });
    const at = new Date();
    await sweep({ at, smtpUrl: undefined });

    const deliveries = await db.delivery.findMany({ where: { followUpId: followUp.id }, orderBy: { channel: "asc" } });
    expect(deliveries).toHaveLength(2);
    const [inApp, email] = deliveries;
    expect(inApp).toMatchObject({ userId: user.id, channel: "in_app", status: "sent", attempts: 1, sentAt: at, subject: "Ask Acme for news", dueAt });
    expect(email).toMatchObject({
      userId: user.id,
      channel: "email",
      status: "outbox",
      attempts: 1,
      dueAt,
      toAddress: user.email,
      subject: "Reminder: Ask Acme for news",
      messageId: `<reminder.${followUp.id}.${dueAt.getTime()}@bridges.test>`,
    });
    expect(email!.textBody).toContain("With Platform engineer at Acme Ü");
    expect(email!.htmlBody).toContain("Platform engineer at Acme Ü");
    for (const row of deliveries) {
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(Math.abs(row.createdAt.getTime() - Date.now())).toBeLessThan(60_000);
    }
    const [notification] = await db.notification.findMany({ where: { followUpId: followUp.id } });
    expect(notification).toMatchObject({ userId: user.id, title: "Ask Acme for news", url: `/follow-ups#follow-up-${followUp.id}`, readAt: null });
    expect(notification!.body).toContain("With Platform engineer at Acme Ü");
    expect(new Set([notification!.id, ...deliveries.map((row) => row.id)]).size).toBe(3);
  });

  it("keeps the result of the worker that took over an expired lease, not the late one's", async () => {
    const slowSink = await startSmtpSink({ delayMs: 600 });
    try {
      const user = await createUser(db);
      const followUp = await seedFollowUp(db, user.id, { dueAt: new Date(Date.now() - 1000) });
      const start = new Date();
      // Claim only: the e-mail waits for the senders below.
      await claimDueReminders(db, { now: start, appUrl: APP_URL });
      const delivery = () => db.delivery.findFirstOrThrow({ where: { followUpId: followUp.id, channel: "email" } });
      expect(await delivery()).toMatchObject({ status: "pending", attempts: 0 });

      // A leases it for 1 s and is slow to hear back from its server…
      const late = sendDueEmails(db, { appUrl: APP_URL, smtpUrl: slowSink.url, now: start, leaseMs: 1000 });
      await waitUntil(async () => (await delivery()).attempts === 1, 5000);
      // …so once the lease is over B takes the row, and its server refuses.
      sink.refuseNext(1);
      const takeover = await sendDueEmails(db, { appUrl: APP_URL, smtpUrl: sink.url, now: new Date(start.getTime() + 1000) });
      expect(takeover).toMatchObject({ leased: 1, retried: 1 });
      expect(await late).toMatchObject({ leased: 1, sent: 1 });

      // A's message did go out, but its settle carried attempt 1: B's attempt 2 and its error stand.
      expect(await delivery()).toMatchObject({ status: "pending", attempts: 2, sentAt: null });
      expect((await delivery()).lastError).toMatch(/try again later/);
      // Still pending: out of the way of the later sweeps, which would retry it.
      await db.delivery.update({ where: { id: (await delivery()).id }, data: { status: "failed" } });
    } finally {
      closeMailTransports();
      await slowSink.close();
    }
  });

  it("retries after the SMTP server refuses, with backoff, and delivers once it accepts", async () => {
    const user = await createUser(db);
    const followUp = await seedFollowUp(db, user.id, { dueAt: new Date(Date.now() - 1000) });
    sink.refuseNext(1);
    const start = new Date();
    await sweep({ at: start });
    const refused = await db.delivery.findFirstOrThrow({ where: { followUpId: followUp.id, channel: "email" } });
    expect(refused).toMatchObject({ status: "pending", attempts: 1 });
    expect(refused.lastError).toMatch(/try again later/);
    expect(refused.nextAttemptAt.getTime()).toBe(start.getTime() + retryDelayMs(1));

    await sweep({ at: new Date(start.getTime() + retryDelayMs(1) - 1000) });
    expect(mailTo(user.email)).toHaveLength(0);
    await sweep({ at: new Date(start.getTime() + retryDelayMs(1)) });
    expect(await db.delivery.findFirstOrThrow({ where: { id: refused.id } })).toMatchObject({ status: "sent", attempts: 2, lastError: null });
    expect(mailTo(user.email)).toHaveLength(1);
  });

  it("ends as failed, visible to the user, when the server keeps refusing", async () => {
    const user = await createUser(db);
    await seedFollowUp(db, user.id, { dueAt: new Date(Date.now() - 1000) });
    sink.refuseNext(MAX_EMAIL_ATTEMPTS);
    let at = Date.now();
    for (let attempt = 1; attempt <= MAX_EMAIL_ATTEMPTS; attempt++) {
      await sweep({ at: new Date(at) });
      at += retryDelayMs(attempt);
    }
    sink.refuseNext(0);
    const [delivery] = await listEmailDeliveries(user.id);
    expect(delivery).toMatchObject({ status: "failed", attempts: MAX_EMAIL_ATTEMPTS });
    expect(delivery!.lastError).toMatch(/try again later/);
    await sweep({ at: new Date(at + 3600_000 * 24) });
    expect(mailTo(user.email)).toHaveLength(0);
  });

  it("records the message in the user's outbox when no SMTP server is configured", async () => {
    const user = await createUser(db);
    const other = await createUser(db);
    await seedFollowUp(db, user.id, { title: "Outbox me", dueAt: new Date(Date.now() - 1000) });
    await sweep({ smtpUrl: undefined });
    const outbox = await listEmailDeliveries(user.id);
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({ status: "outbox", subject: "Reminder: Outbox me", toAddress: user.email });
    expect(outbox[0]!.textBody).toContain("/follow-ups#follow-up-");
    expect(await listEmailDeliveries(other.id)).toHaveLength(0);
  });

  it("groups a digest user's reminders into one message at their chosen local hour", async () => {
    const zone = "America/New_York";
    const user = await createUser(db, { timeZone: zone, digestEnabled: true, digestHour: 8 });
    const at = (local: string) => localInputToUtc(local, zone)!;
    for (const [title, due] of [["First", "2027-01-15T06:00"], ["Second", "2027-01-15T06:30"], ["Third", "2027-01-15T07:00"]]) {
      await seedFollowUp(db, user.id, { title: title!, dueAt: at(due!) });
    }
    await sweep({ at: at("2027-01-15T07:05") });
    expect(await db.notification.count({ where: { userId: user.id } })).toBe(3);
    await sweep({ at: at("2027-01-15T07:59") });
    expect(mailTo(user.email)).toHaveLength(0);

    // One proposal read from e-mail waits for the user (a dismissed one does not count).
    for (const [messageId, status] of [["<open@mail.test>", "open"], ["<done@mail.test>", "dismissed"]] as const) {
      await db.inboxProposal.create({
        data: { userId: user.id, messageId, status, source: "imap", fromAddress: "jobs@example.com", subject: "Your application", sentAt: new Date(), kind: "received", rule: "r", ruleDescription: "d", excerpt: "" },
      });
    }
    await sweep({ at: at("2027-01-15T08:00") });
    const [digest] = await waitForMail(user.email, 1);
    expect(digest!.subject).toBe("Your 3 follow-ups for today");
    expect(digest!.text).toContain("Your inbox has 1 open proposal to look at.");
    for (const title of ["First", "Second", "Third"]) {
      expect(digest!.text).toContain(title);
      expect(digest!.html).toContain(title);
    }
    await sweep({ at: at("2027-01-16T08:00") });
    expect(mailTo(user.email)).toHaveLength(1);
    expect(await db.delivery.count({ where: { userId: user.id, channel: "email", status: "sent", messageId: digest!.messageId } })).toBe(3);
  });
});

async function waitForMail(address: string, count: number) {
  const deadline = Date.now() + 10_000;
  while (mailTo(address).length < count) {
    if (Date.now() > deadline) throw new Error(`No mail for ${address}`);
    await sink.waitForMessages(sink.messages.length + 1, deadline - Date.now()).catch(() => undefined);
  }
  return mailTo(address);
}

describe("a worker killed mid-send", () => {
  const KILLS = 20;
  const REMINDERS = 200;

  it(`delivers every reminder once in the app and once per Message-ID by e-mail, after ${KILLS} SIGKILLs`, async () => {
    const slowSink = await startSmtpSink({ delayMs: 40 });
    try {
      const users = await seedUsers(10);
      const userIds = users.map((user) => user.id);
      await db.followUp.createMany({
        data: Array.from({ length: REMINDERS }, (_, index) => ({ userId: users[index % 10]!.id, title: `Kill test ${index}`, dueAt: new Date(Date.now() - 1000) })),
      });
      const progress = async () =>
        (await db.notification.count({ where: { userId: { in: userIds } } })) +
        (await db.delivery.count({ where: { userId: { in: userIds }, channel: "email", status: "sent" } }));

      // Two workers at a time, to keep the run short: both are killed once work is under way.
      for (let kill = 0; kill < KILLS; kill += 2) {
        const before = await progress();
        const children = [spawnWorker(slowSink.url), spawnWorker(slowSink.url)];
        // Let them get somewhere (claims committed, messages on the wire), then kill without warning.
        await waitUntil(async () => (await progress()) > before || children.some((child) => child.exitCode !== null), 30_000);
        await Promise.all(
          children.map((child) => {
            const exited = child.exitCode !== null ? Promise.resolve() : new Promise((resolve) => child.once("exit", resolve));
            child.kill("SIGKILL");
            return exited;
          }),
        );
      }

      // A survivor finishes the job once the dead workers' leases have run out.
      const survivor = () => runSweep(db, { appUrl: APP_URL, smtpUrl: slowSink.url, now: () => new Date(Date.now() + 5_000) });
      await waitUntil(async () => {
        await survivor();
        return (await db.delivery.count({ where: { userId: { in: userIds }, channel: "email", status: { not: "sent" } } })) === 0;
      }, 60_000);

      const notifications = await db.notification.findMany({ where: { userId: { in: userIds } }, select: { followUpId: true } });
      expect(notifications).toHaveLength(REMINDERS);
      expect(new Set(notifications.map((row) => row.followUpId)).size).toBe(REMINDERS);
      expect(await db.delivery.count({ where: { userId: { in: userIds }, channel: "email", status: "sent" } })).toBe(REMINDERS);
      const addresses = new Set(users.map((user) => user.email));
      const received = slowSink.messages.filter((mail) => mail.to && !Array.isArray(mail.to) && addresses.has(mail.to.text));
      // A message on the wire when its worker died may arrive twice, always under the same Message-ID.
      expect(new Set(received.map((mail) => mail.messageId)).size).toBe(REMINDERS);
    } finally {
      closeMailTransports();
      await slowSink.close();
    }
  }, 240_000);
});

function spawnWorker(smtpUrl: string) {
  return spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: {
      ...process.env,
      SMTP_URL: smtpUrl,
      APP_URL,
      REMINDER_INTERVAL_MS: "100",
      REMINDER_LEASE_MS: "2000",
      REMINDER_CLAIM_BATCH: "5",
      REMINDER_EMAIL_BATCH: "10",
    },
    stdio: "ignore",
  });
}

async function waitUntil(condition: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error("Timed out waiting for the condition");
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

describe("reminders on DST transition days", () => {
  // [zone, local due moment, the instant it must fire at]: skipped times move forward by the
  // gap, repeated times mean their first occurrence.
  it.each([
    ["America/New_York", "2027-03-14T02:30", "2027-03-14T07:30:00.000Z"],
    ["America/New_York", "2027-03-14T01:30", "2027-03-14T06:30:00.000Z"],
    ["America/New_York", "2027-11-07T01:30", "2027-11-07T05:30:00.000Z"],
    ["America/New_York", "2027-11-07T02:30", "2027-11-07T07:30:00.000Z"],
    ["Europe/London", "2027-03-28T01:30", "2027-03-28T01:30:00.000Z"],
    ["Europe/London", "2027-03-28T02:30", "2027-03-28T01:30:00.000Z"],
    ["Europe/London", "2027-10-31T01:30", "2027-10-31T00:30:00.000Z"],
    ["Europe/London", "2027-10-31T02:30", "2027-10-31T02:30:00.000Z"],
    ["Australia/Sydney", "2027-04-04T02:30", "2027-04-03T15:30:00.000Z"],
    ["Australia/Sydney", "2027-04-04T01:30", "2027-04-03T14:30:00.000Z"],
    ["Australia/Sydney", "2027-10-03T02:30", "2027-10-02T16:30:00.000Z"],
    ["Australia/Sydney", "2027-10-03T01:30", "2027-10-02T15:30:00.000Z"],
  ])("%s %s fires once, at %s", async (zone, local, expected) => {
    const user = await createUser(db, { timeZone: zone });
    const followUp = await createFollowUp(user.id, followUpSchema.parse({ title: `DST ${local}`, dueAt: local }));
    const moment = new Date(expected);
    expect(followUp.dueAt).toEqual(moment);
    const notified = () => db.notification.count({ where: { followUpId: followUp.id } });

    await sweep({ at: new Date(moment.getTime() - 1000), smtpUrl: undefined });
    expect(await notified()).toBe(0);
    await sweep({ at: moment, smtpUrl: undefined });
    expect(await notified()).toBe(1);
    // The repeated hour of a fall-back day, and the day after: nothing more.
    await sweep({ at: new Date(moment.getTime() + 3600_000), smtpUrl: undefined });
    await sweep({ at: new Date(moment.getTime() + 24 * 3600_000), smtpUrl: undefined });
    expect(await notified()).toBe(1);
    expect(await db.delivery.count({ where: { followUpId: followUp.id } })).toBe(2);
  });
});
