// IMAP IDLE for the connected mailboxes (docs/decisions/0019-imap-mailbox.md): a worker keeps one
// connection per mailbox it holds open, and when the server announces a message it reads the
// mailbox at once through ingestMailbox — the poll's own lease and read, so each message is still
// read once, read-only, from the start date on. The poll stays as the safety net: a server
// without IDLE, a dropped connection or a missed announcement waits at most one poll interval.
//
// Which worker holds a mailbox's connection is a lease in its row (idleHolder, idleHeldUntil), the
// pattern of the poll and the reminder sweep: the holder renews it every tick; a worker that dies
// or stalls loses it after `holdMs`, and another takes over. Each tick also closes the connection
// of a mailbox that was disconnected (or its account deleted) and opens one for a new mailbox.
import { randomBytes } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import type { InboxMailbox } from "@prisma/client";
import type { Db } from "../db";
import { doubledDelayMs } from "../inbox-mailbox/idle-policy";
import { mailboxAddress, type MailboxAddress } from "../inbox-mailbox/read-mailbox";
import { keysFromEnv, open } from "../inbox-mailbox/secret-box";
import { watchMailbox } from "../inbox-mailbox/watch-mailbox";
import { ingestMailbox, type MailboxPollOptions } from "./poll-mailboxes";

export type MailboxIdleOptions = Pick<MailboxPollOptions, "intervalMs" | "timeoutMs" | "leaseMs" | "messagesPerRun"> & {
  /** Names this worker in the rows it holds (unique per process). */
  workerId?: string;
  /** Narrows the job to one user (tests). */
  userId?: string;
  /** How often holds are renewed, new mailboxes taken up and disconnected ones let go (5 s). */
  tickMs?: number;
  /** How long a hold lasts without renewal: how soon another worker takes over from a dead one (1 min). */
  holdMs?: number;
  /** Connections one worker keeps open at most; the rest are polled, or held by another worker. */
  maxConnections?: number;
  /** The first wait before connecting again after a failure or a drop, doubled each time in a row… */
  retryMs?: number;
  /** …up to this (15 min). */
  maxRetryMs?: number;
  /** How long before a server without IDLE is asked again (1 h). */
  unsupportedRetryMs?: number;
  /** IDLE is ended and sent again this often (4 min). */
  maxIdleMs?: number;
  log?: (line: string) => void;
};

/** What one held mailbox's connection is doing. */
export type WatchState = "connecting" | "watching" | "waiting" | "unsupported";

export type MailboxIdle = {
  /** The mailboxes this worker holds, by id, and what each connection is doing. */
  states(): Map<string, WatchState>;
  /** What the reads this job started found, since it started. */
  totals(): { reads: number; messages: number; proposals: number; applied: number; failed: number };
  /** Closes every connection (LOGOUT), waits for reads in flight, and lets the mailboxes go. */
  stop(): Promise<void>;
};

const CLAIMS_PER_TICK = 20;

type Watch = { fingerprint: string; state: WatchState; close(): Promise<void> };

// What the connection depends on: a change (a new password, server or folder) opens it again.
const connectionFields = { id: true, host: true, port: true, tls: true, username: true, passwordSealed: true, folder: true } as const;
type ConnectionFields = Pick<InboxMailbox, keyof typeof connectionFields>;
const fingerprintOf = (row: ConnectionFields) => JSON.stringify([row.host, row.port, row.tls, row.username, row.passwordSealed, row.folder]);

function addressOf(row: ConnectionFields): MailboxAddress {
  const keys = keysFromEnv();
  const opened = keys ? open(row.passwordSealed, keys) : null;
  // The poll says so in Settings; the watch only waits and tries again.
  if (!opened) throw new Error("The saved app password cannot be read");
  return mailboxAddress(row, opened.plaintext);
}

/** Async, so a password that cannot be read rejects like a refused login instead of throwing out of the watch's loop (and the worker). */
async function watchSavedMailbox(row: ConnectionFields, options: Parameters<typeof watchMailbox>[1]) {
  return watchMailbox(addressOf(row), options);
}

/** Waits `ms`, or less when `signal` aborts first. */
async function pause(ms: number, signal: AbortSignal) {
  await sleep(ms, undefined, { signal }).catch(() => undefined);
}

export function startMailboxIdle(client: Db, options: MailboxIdleOptions = {}): MailboxIdle {
  // Random, not the host's name: the row (and so this id) is in the user's own export.
  const workerId = options.workerId ?? `worker-${randomBytes(6).toString("hex")}`;
  const tickMs = options.tickMs ?? 5_000;
  const holdMs = options.holdMs ?? 60_000;
  const maxConnections = options.maxConnections ?? 500;
  const retryMs = options.retryMs ?? 10_000;
  const maxRetryMs = options.maxRetryMs ?? 15 * 60 * 1000;
  const unsupportedRetryMs = options.unsupportedRetryMs ?? 60 * 60 * 1000;
  const log = options.log ?? ((line: string) => console.log(line));
  const readOptions: MailboxPollOptions = { intervalMs: options.intervalMs, timeoutMs: options.timeoutMs, leaseMs: options.leaseMs, messagesPerRun: options.messagesPerRun };
  const totals = { reads: 0, messages: 0, proposals: 0, applied: 0, failed: 0 };
  const watches = new Map<string, Watch>();
  const userScope = options.userId ? { userId: options.userId } : {};

  /** Reads the mailbox through the poll's own path; asked again while a read runs, it reads once more after. */
  function reader(mailboxId: string, signal: AbortSignal) {
    let running: Promise<void> | null = null;
    let wanted = false;
    const drain = async () => {
      let busyWaits = 0;
      while (wanted && !signal.aborted) {
        wanted = false;
        try {
          const outcome = await ingestMailbox(client, mailboxId, readOptions);
          if (outcome === "gone") return; // disconnected: the next tick closes the watch
          if (outcome === "busy") {
            // A poll (or a read another worker started) holds it; it may have listed the folder
            // before this message came, so read again once it is done.
            wanted = true;
            await pause(Math.min(250 * 2 ** busyWaits++, 30_000), signal);
            continue;
          }
          busyWaits = 0;
          totals.reads += 1;
          totals.messages += outcome.messages;
          totals.proposals += outcome.proposals;
          totals.applied += outcome.applied;
          if (outcome.problem) totals.failed += 1;
          if (outcome.messages) log(JSON.stringify({ job: "mailbox-idle", mailbox: mailboxId, messages: outcome.messages, proposals: outcome.proposals, applied: outcome.applied, at: new Date().toISOString() }));
          // A full batch: there is more to read.
          if (!outcome.problem && outcome.messages >= (readOptions.messagesPerRun ?? 200)) wanted = true;
        } catch (error) {
          log(JSON.stringify({ job: "mailbox-idle", mailbox: mailboxId, error: error instanceof Error ? error.message : String(error) }));
        }
      }
    };
    const request = () => {
      wanted = true;
      running ??= drain().finally(() => {
        running = null;
        // Asked again just as the last read ended.
        if (wanted && !signal.aborted) request();
      });
    };
    return { request, settled: () => running ?? Promise.resolve() };
  }

  /** Keeps the mailbox's IDLE connection open until closed: reconnects with back-off, waits long for a server without IDLE. */
  function watch(row: ConnectionFields): Watch {
    const controller = new AbortController();
    const { signal } = controller;
    const read = reader(row.id, signal);
    const entry: Watch = { fingerprint: fingerprintOf(row), state: "connecting", close: async () => undefined };
    const loop = (async () => {
      let failures = 0;
      while (!signal.aborted) {
        entry.state = "connecting";
        // Unreachable, refused, wrong password, a password this key cannot open…: a failure like a
        // dropped connection (the poll records the reason for Settings).
        const end = await watchSavedMailbox(row, {
          signal,
          timeoutMs: options.timeoutMs,
          maxIdleMs: options.maxIdleMs,
          onWatching: () => {
            entry.state = "watching";
            failures = 0;
            // Whatever arrived while no connection was open.
            read.request();
          },
          onArrival: () => read.request(),
        }).catch(() => "failed" as const);
        if (end === "stopped") break;
        let wait: number;
        if (end === "unsupported") {
          entry.state = "unsupported";
          wait = unsupportedRetryMs;
        } else {
          failures += 1;
          entry.state = "waiting";
          wait = doubledDelayMs(failures, retryMs, maxRetryMs);
        }
        await pause(wait, signal);
      }
      await read.settled();
    })();
    entry.close = async () => {
      controller.abort();
      await loop;
    };
    return entry;
  }

  async function letGo(ids: string[]) {
    await Promise.all(ids.map((id) => watches.get(id)?.close()));
    for (const id of ids) watches.delete(id);
  }

  async function tick() {
    const now = new Date();
    const heldUntil = new Date(now.getTime() + holdMs);
    if (watches.size > 0) {
      const ids = [...watches.keys()];
      await client.inboxMailbox.updateMany({ where: { id: { in: ids }, idleHolder: workerId }, data: { idleHeldUntil: heldUntil } });
      const rows = await client.inboxMailbox.findMany({ where: { id: { in: ids }, idleHolder: workerId }, select: connectionFields });
      const current = new Map(rows.map((row) => [row.id, row]));
      // Disconnected, the account deleted, or taken over after this worker stalled: close.
      await letGo(ids.filter((id) => !current.has(id)));
      for (const row of rows) {
        const held = watches.get(row.id);
        if (held && held.fingerprint !== fingerprintOf(row)) {
          await held.close();
          watches.set(row.id, watch(row));
        }
      }
    }
    if (watches.size >= maxConnections) return;
    const free = { OR: [{ idleHolder: null }, { idleHeldUntil: { lte: now } }], ...userScope };
    const candidates = await client.inboxMailbox.findMany({
      where: { ...free, id: { notIn: [...watches.keys()] } },
      select: { id: true },
      orderBy: { createdAt: "asc" },
      // A few at a time: a worker starting up does not open hundreds of connections at once, and
      // workers starting together share the mailboxes.
      take: Math.min(maxConnections - watches.size, CLAIMS_PER_TICK),
    });
    const claimedIds: string[] = [];
    for (const { id } of candidates) {
      const claimed = await client.inboxMailbox.updateMany({ where: { id, ...free }, data: { idleHolder: workerId, idleHeldUntil: heldUntil } });
      if (claimed.count === 1) claimedIds.push(id); // else another worker took it
    }
    if (claimedIds.length === 0) return;
    for (const row of await client.inboxMailbox.findMany({ where: { id: { in: claimedIds }, idleHolder: workerId }, select: connectionFields })) {
      watches.set(row.id, watch(row));
    }
  }

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let ticking: Promise<void> = Promise.resolve();
  const loop = () => {
    if (stopped) return;
    ticking = tick()
      .catch((error) => log(JSON.stringify({ job: "mailbox-idle", error: error instanceof Error ? error.message : String(error) })))
      .then(() => {
        if (!stopped) timer = setTimeout(loop, tickMs);
      });
  };
  loop();

  return {
    states: () => new Map([...watches].map(([id, entry]) => [id, entry.state])),
    totals: () => ({ ...totals }),
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await ticking;
      await letGo([...watches.keys()]);
      // Let the mailboxes go at once, so another worker takes them up on its next tick.
      await client.inboxMailbox.updateMany({ where: { idleHolder: workerId }, data: { idleHolder: null, idleHeldUntil: null } }).catch(() => undefined);
    },
  };
}
