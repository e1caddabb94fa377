// The IMAP mailbox against a real Dovecot (tests/support/dovecot.ts): messages APPENDed here,
// read by the worker's job exactly as in production.
import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runMailboxPolls } from "@/lib/jobs/poll-mailboxes";
import { disconnectMailbox } from "@/lib/server/inbox/disconnect-mailbox";
import { getMailbox } from "@/lib/server/inbox/get-mailbox";
import { createApplication, createCompany, createUser } from "../factories";
import { db } from "../support/db";
import { startTestImapServer, type TestImapServer } from "../support/dovecot";
import { confirmation, mailboxKit, message, rejection } from "../support/test-mailbox";

let server: TestImapServer;
const { newFolder, append, appendArrived, flagsIn, connect } = mailboxKit(() => server);

beforeAll(async () => {
  process.env.ENCRYPTION_KEY ??= randomBytes(32).toString("base64");
  server = await startTestImapServer();
});
afterAll(async () => {
  await server?.destroy();
});

const poll = (userId: string, extra: Parameters<typeof runMailboxPolls>[1] = {}) => runMailboxPolls(db, { userId, intervalMs: 60_000, timeoutMs: 5_000, ...extra });

describe("the IMAP mailbox", () => {
  it("ingests each message exactly once with two workers polling at once, and never marks one read", async () => {
    const user = await createUser(db);
    const folder = await newFolder();
    await append(folder, confirmation("c1"), rejection("r1"), confirmation("c2"));
    expect(await connect(user.id, folder)).toEqual({ problem: null });

    const [first, second] = await Promise.all([poll(user.id), poll(user.id)]);
    // The lease gives the mailbox to one worker; the other finds it taken.
    expect(first.mailboxes + second.mailboxes).toBe(1);
    expect(await db.inboxProposal.count({ where: { userId: user.id, source: "imap" } })).toBe(3);

    // A later poll (even with the mailbox's position lost) adds nothing.
    await db.inboxMailbox.updateMany({ where: { userId: user.id }, data: { nextPollAt: new Date(0), lastUid: 0 } });
    const [third, fourth] = await Promise.all([
      runMailboxPolls(db, { userId: user.id, timeoutMs: 5_000 }),
      runMailboxPolls(db, { userId: user.id, timeoutMs: 5_000, leaseMs: 0 }),
    ]);
    expect(third.proposals + fourth.proposals).toBe(0);
    expect(await db.inboxProposal.count({ where: { userId: user.id } })).toBe(3);

    // Read-only: no \Seen, nothing moved or deleted.
    const flags = await flagsIn(folder);
    expect(flags).toHaveLength(3);
    expect(flags.flat()).not.toContain("\\Seen");

    const status = await getMailbox(user.id);
    expect(status).toMatchObject({ lastError: null, failures: 0 });
    expect(status!.lastSuccessAt).toBeInstanceOf(Date);
  });

  it("reads only new messages, from the start date on, and keeps only those about an application", async () => {
    const user = await createUser(db);
    const folder = await newFolder();
    const longAgo = new Date("2020-01-02T10:00:00Z");
    await appendArrived(folder, message({ id: "old", subject: "Thank you for applying", body: "We have received your application.", date: longAgo }), longAgo);
    await connect(user.id, folder);
    await poll(user.id);
    expect(await db.inboxProposal.count({ where: { userId: user.id } })).toBe(0);

    // The rest of the user's mail is read but leaves no trace.
    await append(folder, confirmation("new-1"), message({ id: "lunch", from: "sam@example.org", subject: "Lunch on Friday?", body: "Are you free for lunch on Friday?" }));
    await db.inboxMailbox.updateMany({ where: { userId: user.id }, data: { nextPollAt: new Date(0) } });
    expect(await poll(user.id)).toMatchObject({ messages: 2, proposals: 1 });
    expect(await db.inboxProposal.findMany({ where: { userId: user.id }, select: { messageId: true } })).toEqual([{ messageId: "<new-1@mail.test>" }]);
  });

  it("survives the server going away and coming back, losing nothing", async () => {
    const user = await createUser(db);
    const folder = await newFolder();
    await append(folder, confirmation("before-1"));
    await connect(user.id, folder);

    await server.stop();
    try {
      const now = Date.now();
      expect((await poll(user.id, { now: new Date(now) })).failed).toBe(1);
      const status = await getMailbox(user.id);
      expect(status!.lastError).toMatch(/could not be reached/);
      expect(status!.failures).toBe(1);
      expect(status!.nextPollAt).toEqual(new Date(now + 60_000));
      // Not due again at once; when due, it fails again and waits twice as long.
      expect((await poll(user.id, { now: new Date(now + 1_000) })).mailboxes).toBe(0);
      expect((await poll(user.id, { now: new Date(now + 60_000) })).failed).toBe(1);
      expect(await getMailbox(user.id)).toMatchObject({ failures: 2, nextPollAt: new Date(now + 60_000 + 120_000) });
    } finally {
      await server.start();
    }

    await append(folder, rejection("after-1"));
    const later = new Date(Date.now() + 3 * 60 * 60 * 1000);
    const recovered = await poll(user.id, { now: later });
    expect(recovered).toMatchObject({ mailboxes: 1, proposals: 2, failed: 0 });
    expect(await getMailbox(user.id)).toMatchObject({ lastError: null, failures: 0 });
  });

  it("says so when the password is wrong, and keeps the password sealed", async () => {
    const user = await createUser(db);
    const folder = await newFolder();
    const result = await connect(user.id, folder, { password: "not-the-password" });
    expect(result.problem).toMatch(/Wrong username or app password/);
    const saved = await db.inboxMailbox.findFirstOrThrow({ where: { userId: user.id } });
    expect(saved.passwordSealed).not.toContain("not-the-password");
    expect(JSON.stringify(await getMailbox(user.id))).not.toContain("passwordSealed");

    await db.inboxMailbox.updateMany({ where: { userId: user.id }, data: { nextPollAt: new Date(0) } });
    expect((await poll(user.id)).failed).toBe(1);
    expect((await getMailbox(user.id))!.lastError).toMatch(/Wrong username or app password/);
  });

  it("names a missing folder and an unreachable port", async () => {
    const user = await createUser(db);
    expect((await connect(user.id, "No-Such-Folder")).problem).toMatch(/folder “No-Such-Folder” does not exist/);
    const other = await createUser(db);
    expect((await connect(other.id, "INBOX", { port: "1" })).problem).toMatch(/could not be reached/);
  });

  it("keeps the saved password when the form leaves it blank", async () => {
    const user = await createUser(db);
    const folder = await newFolder();
    await connect(user.id, folder);
    expect(await connect(user.id, folder, { password: "" })).toEqual({ problem: null });
    const stranger = await createUser(db);
    await expect(connect(stranger.id, folder, { password: "" })).rejects.toMatchObject({ code: "INVALID", fieldErrors: { password: ["Enter the app password"] } });
  });

  it("applies confident proposals by itself when asked, never rejections", async () => {
    const user = await createUser(db);
    const lumen = await createCompany(db, user.id, { name: "Lumen Labs", website: "https://lumenlabs.com" });
    const analyst = await createApplication(db, user.id, { companyId: lumen.id, role: "Product Analyst", status: "wishlist" });
    const folder = await newFolder();
    await append(folder, confirmation("auto-c"), rejection("auto-r"));
    await connect(user.id, folder, { autoApply: "on" });

    expect((await poll(user.id)).applied).toBe(1);
    const proposals = await db.inboxProposal.findMany({ where: { userId: user.id }, select: { kind: true, status: true }, orderBy: { kind: "asc" } });
    expect(proposals).toEqual([
      { kind: "rejection", status: "open" },
      { kind: "received", status: "applied" },
    ]);
    expect(await db.application.findFirst({ where: { id: analyst.id }, select: { status: true } })).toEqual({ status: "applied" });
  });

  it("Disconnect removes the credentials and everything read from the mailbox", async () => {
    const user = await createUser(db);
    const folder = await newFolder();
    await append(folder, confirmation("gone-1"));
    await connect(user.id, folder);
    await poll(user.id);
    await db.inboxProposal.create({
      data: { userId: user.id, messageId: "<pasted@x>", source: "paste", fromAddress: "a@b.c", subject: "s", sentAt: new Date(), kind: "other", rule: "r", ruleDescription: "d", excerpt: "" },
    });

    expect(await disconnectMailbox(user.id)).toEqual({ disconnected: true, proposalsRemoved: 1 });
    expect(await db.inboxMailbox.count({ where: { userId: user.id } })).toBe(0);
    expect(await db.inboxProposal.findMany({ where: { userId: user.id }, select: { source: true } })).toEqual([{ source: "paste" }]);
  });
});
