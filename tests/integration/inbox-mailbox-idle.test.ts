// IMAP IDLE against a real Dovecot (tests/support/dovecot.ts): the worker's IDLE job keeps the
// mailbox's connection open and reads a message as it arrives, through the poll's own read.
// No poll runs in these tests unless one says so: the poll interval is an hour, and every wait
// is for a condition, well under it.
import { randomBytes } from "node:crypto";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { startMailboxIdle, type MailboxIdle, type MailboxIdleOptions } from "@/lib/jobs/idle-mailboxes";
import { runMailboxPolls } from "@/lib/jobs/poll-mailboxes";
import { seal } from "@/lib/inbox-mailbox/secret-box";
import { disconnectMailbox } from "@/lib/server/inbox/disconnect-mailbox";
import { createUser } from "../factories";
import { db } from "../support/db";
import { startTestImapServer, type TestImapServer } from "../support/dovecot";
import { confirmation, mailboxKit, rejection } from "../support/test-mailbox";

const HOUR = 60 * 60 * 1000;
let server: TestImapServer;
let serverWithoutIdle: TestImapServer;
const { newFolder, append, flagsIn, connect } = mailboxKit(() => server);
const withoutIdle = mailboxKit(() => serverWithoutIdle);

beforeAll(async () => {
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  [server, serverWithoutIdle] = await Promise.all([
    startTestImapServer(),
    startTestImapServer({ capabilities: "IMAP4rev1 LITERAL+ SASL-IR LOGIN-REFERRALS ID ENABLE NAMESPACE UIDPLUS" }),
  ]);
});
afterAll(async () => {
  await Promise.all([server?.destroy(), serverWithoutIdle?.destroy()]);
});

const running: MailboxIdle[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((job) => job.stop()));
});

/** A worker's IDLE job for one user's mailbox, quick to notice changes. */
function idleJob(userId: string, workerId: string, extra: MailboxIdleOptions = {}) {
  const job = startMailboxIdle(db, { userId, workerId, tickMs: 100, retryMs: 200, maxRetryMs: 1_000, timeoutMs: 5_000, intervalMs: HOUR, log: () => {}, ...extra });
  running.push(job);
  return job;
}

async function connectedMailbox(userId: string, folder: string) {
  expect(await connect(userId, folder)).toEqual({ problem: null });
  // Nothing is due for a poll: what arrives is read by the IDLE job or not at all.
  return db.inboxMailbox.update({ where: { userId }, data: { nextPollAt: new Date(Date.now() + HOUR) } });
}

const watching = (job: MailboxIdle, mailboxId: string) => vi.waitFor(() => expect(job.states().get(mailboxId)).toBe("watching"), { timeout: 15_000, interval: 50 });
const proposals = (userId: string) => db.inboxProposal.count({ where: { userId, source: "imap" } });
const proposalsReach = (userId: string, count: number, timeout = 15_000) => vi.waitFor(async () => expect(await proposals(userId)).toBe(count), { timeout, interval: 100 });

describe("IMAP IDLE", () => {
  it("reads a message within seconds of its arrival, without the poll, and never marks it read", async () => {
    const user = await createUser(db);
    const folder = await newFolder();
    const mailbox = await connectedMailbox(user.id, folder);
    const job = idleJob(user.id, "worker-a");
    await watching(job, mailbox.id);

    await append(folder, confirmation("idle-1"));
    await proposalsReach(user.id, 1);
    // The proposal is saved before the read ends and is counted.
    await vi.waitFor(() => expect(job.totals()).toMatchObject({ messages: 1, proposals: 1, failed: 0 }), { timeout: 5_000, interval: 50 });

    await append(folder, rejection("idle-2"));
    await proposalsReach(user.id, 2);
    const flags = await flagsIn(folder);
    expect(flags).toHaveLength(2);
    expect(flags.flat()).not.toContain("\\Seen");
    // The read is the poll's own: it moved the position and recorded a healthy check.
    await vi.waitFor(() => expect(job.totals().messages).toBe(2), { timeout: 5_000, interval: 50 });
    const after = await db.inboxMailbox.findUniqueOrThrow({ where: { id: mailbox.id } });
    expect(after).toMatchObject({ lastError: null, failures: 0, idleHolder: "worker-a" });
    expect(after.lastUid).toBe(2n);
  });

  it("opens the connection again on the new folder when the mailbox is changed in Settings", async () => {
    const user = await createUser(db);
    const mailbox = await connectedMailbox(user.id, await newFolder());
    const job = idleJob(user.id, "worker-s");
    await watching(job, mailbox.id);
    await vi.waitFor(() => expect(job.totals().reads).toBe(1), { timeout: 5_000, interval: 50 });

    const moved = await newFolder();
    await connectedMailbox(user.id, moved);
    // The new connection reads once as it opens; from then on it watches the new folder.
    await vi.waitFor(() => expect(job.totals().reads).toBe(2), { timeout: 15_000, interval: 50 });
    await append(moved, confirmation("moved-1"));
    await proposalsReach(user.id, 1);
  });

  it("gives the connection to one worker of two, reads each message once even beside a poll, and hands over on shutdown", async () => {
    const user = await createUser(db);
    const folder = await newFolder();
    const mailbox = await connectedMailbox(user.id, folder);
    const [first, second] = [idleJob(user.id, "worker-1"), idleJob(user.id, "worker-2")];
    await vi.waitFor(() => expect([...first.states().values(), ...second.states().values()]).toEqual(["watching"]), { timeout: 15_000, interval: 50 });
    const [holder, other] = first.states().size > 0 ? [first, second] : [second, first];

    // A poll falls due and runs while the messages arrive: one reader at a time.
    await db.inboxMailbox.update({ where: { id: mailbox.id }, data: { nextPollAt: new Date() } });
    const [poll] = await Promise.all([
      runMailboxPolls(db, { userId: user.id, intervalMs: HOUR, timeoutMs: 5_000 }),
      append(folder, confirmation("twice-1"), rejection("twice-2"), confirmation("twice-3")),
    ]);
    await proposalsReach(user.id, 3);
    // Every message was read once in all: by the IDLE job or by the poll, never by both.
    await vi.waitFor(() => expect(holder.totals().messages + other.totals().messages + poll.messages).toBe(3), { timeout: 5_000, interval: 50 });
    expect(other.totals().reads).toBe(0);
    expect(other.states().size).toBe(0);

    // A clean stop closes the connection and lets the mailbox go: the other worker takes it up.
    await holder.stop();
    expect(holder.states().size).toBe(0);
    await watching(other, mailbox.id);
    await append(folder, rejection("after-handover"));
    await proposalsReach(user.id, 4);
    await vi.waitFor(() => expect(other.totals().messages).toBe(1), { timeout: 5_000, interval: 50 });
  });

  it("comes back after the server restarts and reads what was delivered while it was down", async () => {
    const user = await createUser(db);
    const folder = await newFolder();
    const mailbox = await connectedMailbox(user.id, folder);
    const job = idleJob(user.id, "worker-r");
    await watching(job, mailbox.id);

    await server.stop();
    try {
      server.deliver(folder, rejection("while-down"));
    } finally {
      await server.start();
    }
    // Dovecot ends its clients' sessions some seconds after its master stops; then the watch
    // reconnects (with back-off) and reads what came meanwhile.
    await proposalsReach(user.id, 1, 40_000);
    await watching(job, mailbox.id);
    await append(folder, confirmation("after-restart"));
    await proposalsReach(user.id, 2);
  });

  it("waits and tries again when the saved password cannot be opened, without ending the worker, and watches once it is saved again", async () => {
    const user = await createUser(db);
    const folder = await newFolder();
    const mailbox = await connectedMailbox(user.id, folder);
    // Sealed under a key this instance does not have (a key rotated away, a restored backup).
    await db.inboxMailbox.update({ where: { id: mailbox.id }, data: { passwordSealed: seal("app-password", { current: randomBytes(32), previous: [] }) } });
    const job = idleJob(user.id, "worker-k");
    await vi.waitFor(() => expect(job.states().get(mailbox.id)).toBe("waiting"), { timeout: 15_000, interval: 50 });

    await connectedMailbox(user.id, folder);
    await watching(job, mailbox.id);
    await append(folder, confirmation("after-new-password"));
    await proposalsReach(user.id, 1);
  });

  it("leaves a mailbox on a server without IDLE to the poll", async () => {
    const user = await createUser(db);
    const folder = await withoutIdle.newFolder();
    expect(await withoutIdle.connect(user.id, folder)).toEqual({ problem: null });
    const mailbox = await db.inboxMailbox.findUniqueOrThrow({ where: { userId: user.id } });
    const job = idleJob(user.id, "worker-n");
    await vi.waitFor(() => expect(job.states().get(mailbox.id)).toBe("unsupported"), { timeout: 15_000, interval: 50 });

    await withoutIdle.append(folder, confirmation("polled-1"));
    expect(await runMailboxPolls(db, { userId: user.id, intervalMs: HOUR, timeoutMs: 5_000 })).toMatchObject({ mailboxes: 1, proposals: 1 });
    expect(job.totals().reads).toBe(0);
    expect(job.states().get(mailbox.id)).toBe("unsupported");
  });

  it("closes the connection promptly when the mailbox is disconnected or the account deleted, and all of them on shutdown", async () => {
    const logFrom = server.log().length;
    const [leaving, deleted, staying] = [await createUser(db), await createUser(db), await createUser(db)];
    const jobs: MailboxIdle[] = [];
    for (const user of [leaving, deleted, staying]) {
      const mailbox = await connectedMailbox(user.id, await newFolder());
      const job = idleJob(user.id, `worker-${user.id}`);
      await watching(job, mailbox.id);
      jobs.push(job);
    }

    await disconnectMailbox(leaving.id);
    await db.user.delete({ where: { id: deleted.id } });
    await vi.waitFor(() => expect(jobs.map((job) => job.states().size)).toEqual([0, 0, 1]), { timeout: 5_000, interval: 50 });
    await jobs[2]!.stop();
    expect(jobs[2]!.states().size).toBe(0);
    expect(await db.inboxMailbox.findUniqueOrThrow({ where: { userId: staying.id } })).toMatchObject({ idleHolder: null, idleHeldUntil: null });

    // Every session the jobs opened (the IDLE connections and their reads) ended with a LOGOUT.
    await vi.waitFor(
      () => {
        const log = server.log().slice(logFrom);
        const ends = log.match(/imap\(applicant\).*Disconnected: .*/g) ?? [];
        expect(ends.length).toBe((log.match(/Login: user=<applicant>/g) ?? []).length);
        expect(ends.filter((line) => !line.includes("Disconnected: Logged out"))).toEqual([]);
      },
      { timeout: 5_000, interval: 100 },
    );
  });
});
