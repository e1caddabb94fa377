// The reminder worker: runs the sweep on a timer. Started inside `npm start` and, for production,
// as its own process (`npm run worker`); any number may run at once (see docs/decisions/0004-*).
import { setTimeout as sleep } from "node:timers/promises";
import { createPrismaClient, type Db } from "../db";
import { appUrl, env } from "../env";
import { runDecisionNudges } from "./decision-nudges";
import { closeMailTransports } from "./mailer";
import { purgeAuthRecords } from "./purge-auth-records";
import { runSweep, type SweepOptions } from "./sweep";

export type WorkerOptions = Partial<SweepOptions> & {
  intervalMs?: number;
  client?: Db;
  log?: (line: string) => void;
};

export type Worker = { stop(): Promise<void> };

export async function startWorker(options: WorkerOptions = {}): Promise<Worker> {
  const config = env();
  const intervalMs = options.intervalMs ?? Number(process.env.REMINDER_INTERVAL_MS ?? 5_000);
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

  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  // Decision dates are days: looking for passed ones every few minutes is plenty.
  const nudgeIntervalMs = Number(process.env.DECISION_NUDGE_INTERVAL_MS ?? 600_000);
  let nextNudgesAt = 0;
  const purgeIntervalMs = 60 * 60 * 1000;
  let nextPurgeAt = 0;

  const sweepOnce = async () => {
    try {
      const { claimed, emails } = await runSweep(client, sweepOptions);
      if (claimed || emails) log(JSON.stringify({ job: "reminders", claimed, emails, at: new Date().toISOString() }));
      if (Date.now() >= nextNudgesAt) {
        nextNudgesAt = Date.now() + nudgeIntervalMs;
        const { nudged, ghosted } = await runDecisionNudges(client);
        if (nudged || ghosted) log(JSON.stringify({ job: "decision-nudges", nudged, ghosted, at: new Date().toISOString() }));
      }
      if (Date.now() >= nextPurgeAt) {
        nextPurgeAt = Date.now() + purgeIntervalMs;
        const purged = await purgeAuthRecords(client);
        if (purged.attempts || purged.requests || purged.links) log(JSON.stringify({ job: "purge-auth-records", ...purged, at: new Date().toISOString() }));
      }
    } catch (error) {
      // A failed sweep (database restarting…) is retried on the next tick; nothing is lost.
      log(JSON.stringify({ job: "reminders", error: error instanceof Error ? error.message : String(error) }));
    }
  };

  const loop = () => {
    if (stopped) return;
    running = sweepOnce().then(() => {
      if (!stopped) timer = setTimeout(loop, intervalMs);
    });
  };
  loop();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await running;
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
