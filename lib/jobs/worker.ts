// The worker: the reminder sweep, the decision nudges, the IMAP mailboxes (polled, and watched with IDLE), the purge of old sign-in records and that of the trash, each on its own timer. Started inside `npm start` and, for production,
// as its own process (`npm run worker`); any number may run at once (see docs/decisions/0004-*).
import { setTimeout as sleep } from "node:timers/promises";
import { createPrismaClient, type Db } from "../db";
import { appUrl, env } from "../env";
import { runDecisionNudges } from "./decision-nudges";
import { closeMailTransports } from "./mailer";
import { startMailboxIdle } from "./idle-mailboxes";
import { runMailboxPolls } from "./poll-mailboxes";
import { purgeAuthRecords } from "./purge-auth-records";
import { purgeTrash } from "./purge-trash";
import { runSweep, type SweepOptions } from "./sweep";

export type WorkerOptions = Partial<SweepOptions> & {
  /** How often the reminder sweep runs (REMINDER_INTERVAL_MS, 5 s). */
  intervalMs?: number;
  /** How often the decision-nudge job runs (DECISION_NUDGE_INTERVAL_MS, 10 min). */
  nudgeIntervalMs?: number;
  /** How often the worker looks for a mailbox due to be read (each is read every MAILBOX_POLL_INTERVAL_MS, 5 min). */
  mailboxTickMs?: number;
  /** "off": no IDLE connections, the mailboxes are only polled (MAILBOX_IDLE). */
  mailboxIdle?: "on" | "off";
  client?: Db;
  log?: (line: string) => void;
};

export type Worker = { stop(): Promise<void> };

type Job = { stop(): Promise<void> };

/**
 * Runs `run` now and then every `intervalMs` after each run ends, until stopped. A failed run
 * (database restarting…) is logged and retried on the next tick; nothing is lost.
 */
function every(name: string, intervalMs: number, run: () => Promise<Record<string, number>>, log: (line: string) => void): Job {
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  const once = async () => {
    try {
      const counts = await run();
      if (Object.values(counts).some(Boolean)) log(JSON.stringify({ job: name, ...counts, at: new Date().toISOString() }));
    } catch (error) {
      log(JSON.stringify({ job: name, error: error instanceof Error ? error.message : String(error) }));
    }
  };
  const loop = () => {
    if (stopped) return;
    running = once().then(() => {
      if (!stopped) timer = setTimeout(loop, intervalMs);
    });
  };
  loop();
  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
    },
  };
}

/**
 * Six jobs, each on its own timer: the reminder sweep (every few seconds: reminders are due to
 * the minute), the decision nudges (decision dates are days: every few minutes is plenty), the
 * IMAP mailboxes, the purge of old sign-in records and that of the trash — and the IMAP IDLE
 * connections. None waits for, nor fails with, another.
 */
export async function startWorker(options: WorkerOptions = {}): Promise<Worker> {
  const config = env();
  const ownClient = !options.client;
  const client = options.client ?? createPrismaClient(config.DATABASE_URL);
  const log = options.log ?? ((line: string) => console.log(line));
  const sweepOptions: SweepOptions = {
    appUrl: appUrl(),
    smtpUrl: config.SMTP_URL,
    mailFrom: config.MAIL_FROM,
    leaseMs: Number(process.env.REMINDER_LEASE_MS ?? 60_000),
    claimBatchSize: Number(process.env.REMINDER_CLAIM_BATCH ?? 500),
    batchSize: Number(process.env.REMINDER_EMAIL_BATCH ?? 200),
    ...(Number(process.env.REMINDER_EMAIL_CONCURRENCY) > 0 ? { concurrency: Number(process.env.REMINDER_EMAIL_CONCURRENCY) } : {}),
    ...options,
  };
  const pollIntervalMs = Number(process.env.MAILBOX_POLL_INTERVAL_MS ?? 300_000);
  const jobs: Job[] = [
    every("reminders", options.intervalMs ?? Number(process.env.REMINDER_INTERVAL_MS ?? 5_000), () => runSweep(client, sweepOptions), log),
    every("decision-nudges", options.nudgeIntervalMs ?? Number(process.env.DECISION_NUDGE_INTERVAL_MS ?? 600_000), () => runDecisionNudges(client), log),
    // IMAP mailboxes: each is due every few minutes (later after failures); a tick finds those due.
    every("mailboxes", options.mailboxTickMs ?? 30_000, () => runMailboxPolls(client, { intervalMs: pollIntervalMs }), log),
    // Sign-in records and e-mailed links older than 30 days: hourly is plenty.
    every("purge-auth-records", 60 * 60 * 1000, () => purgeAuthRecords(client), log),
    // Contacts and applications deleted more than 30 days ago (their Undo long gone).
    every("purge-trash", 60 * 60 * 1000, () => purgeTrash(client), log),
  ];
  // IMAP IDLE: a mailbox whose server offers it is read within seconds of a message arriving;
  // the poll above stays as the safety net. MAILBOX_IDLE=off leaves only the poll.
  if ((options.mailboxIdle ?? process.env.MAILBOX_IDLE) !== "off") jobs.push(startMailboxIdle(client, { intervalMs: pollIntervalMs, log }));

  return {
    async stop() {
      await Promise.all(jobs.map((job) => job.stop()));
      if (ownClient) {
        // A connection that died inside a transaction (the database was killed mid-sweep) is never
        // given back to the pool: Prisma's ROLLBACK fails on it and the client is not released, so
        // $disconnect would wait for it forever. Past a moment, the process exit closes it.
        await Promise.race([client.$disconnect(), sleep(2_000, undefined, { ref: false })]);
        closeMailTransports();
      }
    },
  };
}
