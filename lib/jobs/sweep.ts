import type { Db } from "../db";
import { claimDueReminders } from "./claim-due-reminders";
import { sendDueEmails, type SendOptions } from "./send-due-emails";

export type SweepOptions = Omit<SendOptions, "now"> & { now?: () => Date; claimBatchSize?: number };

/**
 * One pass of the reminder worker: claim every due follow-up (in-app notifications appear at
 * once), then send every e-mail whose time has come. Safe to run in any number of processes at once.
 */
export async function runSweep(client: Db, options: SweepOptions) {
  const now = options.now ?? (() => new Date());
  const batchSize = options.claimBatchSize ?? 500;
  let claimed = 0;
  for (;;) {
    const count = await claimDueReminders(client, { now: now(), batchSize, appUrl: options.appUrl });
    claimed += count;
    if (count < batchSize) break;
  }
  let emails = 0;
  for (;;) {
    const result = await sendDueEmails(client, { ...options, now: now() });
    emails += result.leased;
    if (result.leased < (options.batchSize ?? 200)) break;
  }
  return { claimed, emails };
}
