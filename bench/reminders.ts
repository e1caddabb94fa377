/**
 * `npx tsx bench/reminders.ts` (or `npm run bench -- reminders`): QUALITY.md's reminder figure.
 * Seeds REMINDERS_N (100,000) due follow-ups across REMINDERS_USERS (1,000) fresh users, runs two
 * worker processes (`scripts/worker.ts`) against a local SMTP sink, and prints the time until every
 * reminder is delivered in the app and by e-mail, with the number of duplicates on each channel.
 * Needs DATABASE_URL and AUTH_SECRET (as `npm run bench` provides).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";
import { createPrismaClient } from "../lib/db";

const TOTAL = Number(process.env.REMINDERS_N ?? 100_000);
const USERS = Number(process.env.REMINDERS_USERS ?? 1_000);
const WORKERS = 2;

/** A sink that only counts Message-IDs: parsing 100,000 messages would measure the parser. */
async function countingSink() {
  const messageIds = new Map<string, number>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["AUTH", "STARTTLS"],
    logger: false,
    // No reverse DNS per connection: on a machine without a resolver it stalls every new connection.
    disableReverseLookup: true,
    onData(stream, _session, callback) {
      let head = "";
      stream.on("data", (chunk: Buffer) => {
        if (head.length < 4096) head += chunk.toString("utf8");
      });
      stream.on("end", () => {
        const id = /^Message-ID:\s*(\S+)/im.exec(head)?.[1] ?? "(none)";
        messageIds.set(id, (messageIds.get(id) ?? 0) + 1);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { url: `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`, messageIds, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

async function main() {
  const db = createPrismaClient(process.env.DATABASE_URL);
  const run = randomBytes(4).toString("hex");
  console.log(`▸ seeding ${TOTAL} due follow-ups across ${USERS} users (run ${run})`);
  const users = Array.from({ length: USERS }, (_, index) => ({
    id: `bench-rem-${run}-${index}`,
    email: `bench-rem-${run}-${index}@example.test`,
    passwordHash: "unused",
    calendarToken: randomBytes(24).toString("base64url"),
  }));
  await db.user.createMany({ data: users });
  const dueAt = new Date(Date.now() - 60_000);
  for (let start = 0; start < TOTAL; start += 5_000) {
    await db.followUp.createMany({
      data: Array.from({ length: Math.min(5_000, TOTAL - start) }, (_, offset) => ({ userId: users[(start + offset) % USERS]!.id, title: `Bench reminder ${start + offset}`, dueAt })),
    });
  }
  const userIds = users.map((user) => user.id);

  const sink = await countingSink();
  const startedAt = Date.now();
  const workers = Array.from({ length: WORKERS }, () =>
    spawn(process.execPath, [...(process.env.BENCH_WORKER_CPU_PROF ? ["--cpu-prof", `--cpu-prof-dir=${process.env.BENCH_WORKER_CPU_PROF}`] : []), "--import", "tsx", "scripts/worker.ts"], {
      env: { ...process.env, SMTP_URL: sink.url, REMINDER_INTERVAL_MS: "200" },
      stdio: process.env.BENCH_WORKER_LOGS ? "inherit" : "ignore",
    }),
  );
  try {
    // The run cannot be over before the sink holds every Message-ID, so until then watch the sink
    // alone: the two counts below, every 250 ms, cost the database a tenth of a core that the
    // workers were competing for. Then the database says when every delivery is settled.
    for (;;) {
      if (sink.messageIds.size >= TOTAL) {
        const pending = await db.delivery.count({ where: { userId: { in: userIds }, channel: "email", status: { not: "sent" } } });
        const claimed = await db.followUp.count({ where: { userId: { in: userIds }, remindedDueAt: dueAt } });
        if (claimed === TOTAL && pending === 0) break;
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  } finally {
    workers.forEach((worker) => worker.kill("SIGTERM"));
  }
  const seconds = (Date.now() - startedAt) / 1000;

  const [notifications, distinctNotified] = await Promise.all([
    db.notification.count({ where: { userId: { in: userIds } } }),
    db.notification.groupBy({ by: ["followUpId"], where: { userId: { in: userIds } } }).then((rows) => rows.length),
  ]);
  const received = [...sink.messageIds.values()].reduce((sum, count) => sum + count, 0);
  console.log(
    `- reminders: ${TOTAL} delivered in ${seconds.toFixed(1)} s by ${WORKERS} workers; in-app duplicates ${notifications - distinctNotified}; ` +
      `e-mails received ${received}, distinct Message-IDs ${sink.messageIds.size}, duplicates ${received - sink.messageIds.size}  (REMINDERS_N=${TOTAL} npx tsx bench/reminders.ts)`,
  );
  await sink.close();
  await db.user.deleteMany({ where: { id: { in: userIds } } });
  await db.$disconnect();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
