// The mailbox job: reads each connected IMAP mailbox every few minutes (docs/inbox.md), and at once
// when its IDLE connection says a message arrived (ingestMailbox, idle-mailboxes.ts). Like the
// nudge job it crosses users; each mailbox is claimed with a lease (`updateMany` on "due and not
// leased"), so any number of workers may run it and one mailbox is read by one at a time. Should a
// lease run out mid-read, the unique Message-ID per user still keeps each message once.
import type { InboxMailbox } from "@prisma/client";
import type { Db } from "../db";
import { describeMailboxError } from "../inbox-mailbox/mailbox-error";
import { mailboxAddress, readMailbox } from "../inbox-mailbox/read-mailbox";
import { doubledDelayMs } from "../inbox-mailbox/idle-policy";
import { keysFromEnv, open, seal } from "../inbox-mailbox/secret-box";
import { autoApplyProposal } from "../server/inbox/auto-apply-proposal";
import { readEmail } from "../server/inbox/read-email";

export type MailboxPollOptions = {
  now?: Date;
  /** Narrows the job to one user (tests). */
  userId?: string;
  /** Between two reads of a healthy mailbox (MAILBOX_POLL_INTERVAL_MS, 5 min). */
  intervalMs?: number;
  /** How long a worker may hold a mailbox it reads. */
  leaseMs?: number;
  /** Messages read per mailbox per run; the rest come on the next run. */
  messagesPerRun?: number;
  timeoutMs?: number;
};

const MAX_BACKOFF_MS = 60 * 60 * 1000;

/** After the n-th failure in a row: the interval, doubled each time, at most an hour. */
export function backoffMs(failures: number, intervalMs: number) {
  return doubledDelayMs(failures, intervalMs, MAX_BACKOFF_MS);
}

/** Not leased to a worker reading it right now (or the lease ran out). */
const notLeased = (now: Date) => ({ OR: [{ leasedUntil: null }, { leasedUntil: { lte: now } }] });

/** Leases the mailbox to this worker if `where` still holds; null when another worker has it. */
async function claimMailbox(client: Db, id: string, where: Record<string, unknown>, now: Date, leaseMs: number) {
  const claimed = await client.inboxMailbox.updateMany({ where: { id, ...where }, data: { leasedUntil: new Date(now.getTime() + leaseMs) } });
  if (claimed.count === 0) return null;
  return client.inboxMailbox.findFirst({ where: { id } });
}

export async function runMailboxPolls(client: Db, options: MailboxPollOptions = {}) {
  const now = options.now ?? new Date();
  const leaseMs = options.leaseMs ?? 10 * 60 * 1000;
  const counts = { mailboxes: 0, messages: 0, proposals: 0, applied: 0, failed: 0 };
  const due = { nextPollAt: { lte: now }, ...notLeased(now), ...(options.userId ? { userId: options.userId } : {}) };
  const candidates = await client.inboxMailbox.findMany({ where: due, select: { id: true }, orderBy: { nextPollAt: "asc" }, take: 50 });
  for (const { id } of candidates) {
    const mailbox = await claimMailbox(client, id, due, now, leaseMs);
    if (!mailbox) continue; // another worker has it
    const outcome = await pollMailbox(client, mailbox, options);
    counts.mailboxes += 1;
    counts.messages += outcome.messages;
    counts.proposals += outcome.proposals;
    counts.applied += outcome.applied;
    if (outcome.problem) counts.failed += 1;
  }
  return counts;
}

export type IngestOutcome = Awaited<ReturnType<typeof pollMailbox>>;

/**
 * Reads one mailbox now, whether due or not: what the IDLE connection asks for when the server
 * announces a message (lib/jobs/idle-mailboxes.ts). The same lease and the same read as the poll,
 * so a poll and an IDLE read never read one mailbox at once. "busy": a worker is reading it (the
 * caller asks again shortly); "gone": disconnected.
 */
export async function ingestMailbox(client: Db, mailboxId: string, options: MailboxPollOptions = {}): Promise<IngestOutcome | "busy" | "gone"> {
  const now = options.now ?? new Date();
  const mailbox = await claimMailbox(client, mailboxId, notLeased(now), now, options.leaseMs ?? 10 * 60 * 1000);
  if (mailbox) return pollMailbox(client, mailbox, options);
  return (await client.inboxMailbox.count({ where: { id: mailboxId } })) > 0 ? "busy" : "gone";
}

/** Reads one claimed mailbox, then records how it went and when to come back. */
async function pollMailbox(client: Db, mailbox: InboxMailbox, options: MailboxPollOptions) {
  const intervalMs = options.intervalMs ?? 5 * 60 * 1000;
  const { id, userId } = mailbox;
  const outcome = { messages: 0, proposals: 0, applied: 0, problem: null as string | null };
  const finish = async (problem: string | null) => {
    const at = options.now ?? new Date();
    const failures = problem ? mailbox.failures + 1 : 0;
    outcome.problem = problem;
    await client.inboxMailbox.updateMany({
      where: { id, userId },
      data: {
        lastCheckedAt: at,
        lastError: problem,
        failures,
        nextPollAt: new Date(at.getTime() + (problem ? backoffMs(failures, intervalMs) : intervalMs)),
        leasedUntil: null,
        ...(problem ? {} : { lastSuccessAt: at }),
      },
    });
    return outcome;
  };

  const keys = keysFromEnv();
  const opened = keys ? open(mailbox.passwordSealed, keys) : null;
  if (!keys || !opened) {
    return finish("The saved app password cannot be read: this instance's ENCRYPTION_KEY is missing or changed. Enter the app password again.");
  }
  // Sealed under a key being rotated out: seal it again under the current one.
  if (opened.stale) await client.inboxMailbox.updateMany({ where: { id, userId }, data: { passwordSealed: seal(opened.plaintext, keys) } });

  const address = mailboxAddress(mailbox, opened.plaintext);
  try {
    await readMailbox(address, { uidValidity: mailbox.uidValidity, lastUid: mailbox.lastUid }, {
      since: mailbox.startDate,
      limit: options.messagesPerRun ?? 200,
      timeoutMs: options.timeoutMs,
      onMessage: async (source) => {
        outcome.messages += 1;
        const read = await readEmail(userId, source, { source: "imap", onlyProposals: true });
        // Not about an application, or not an e-mail Bridges can read (no sender, no date):
        // nothing to keep, nothing to retry.
        if (!read.ok || read.duplicate) return;
        outcome.proposals += 1;
        if (mailbox.autoApply && (await autoApplyProposal(userId, read.proposalId))) outcome.applied += 1;
      },
      onProgress: async ({ uidValidity, lastUid }) => {
        await client.inboxMailbox.updateMany({ where: { id, userId }, data: { uidValidity, lastUid } });
      },
    });
  } catch (error) {
    return finish(describeMailboxError(error, address).message);
  }
  return finish(null);
}
