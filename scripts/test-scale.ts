/**
 * Scale-out check (`npm run test:scale`, also a step of `npm test`): two web instances and two
 * reminder workers on one PostgreSQL.
 * - a session opened on instance A works on instance B (shared AUTH_SECRET), and so does a
 *   server action (same build, shared NEXT_SERVER_ACTIONS_ENCRYPTION_KEY);
 * - the login throttle holds across both instances;
 * - logging out on A kills the cookie on B;
 * - 1,000 due reminders are delivered exactly once per channel by the two workers.
 * Needs DATABASE_URL (migrated) and a production build (npm test provides both).
 */
import assert from "node:assert/strict";
import { spawn, type ChildProcess } from "node:child_process";
import { randomBytes } from "node:crypto";
import { createPrismaClient } from "../lib/db";
import { createUser, DEFAULT_PASSWORD } from "../tests/factories";
import { encodeActionArgs, serverActionsInBuild } from "../tests/support/actions";
import { startSmtpSink } from "../tests/support/smtp-sink";
import { freePort } from "./lib/embedded-postgres";

const REMINDERS = 1000;
const children: ChildProcess[] = [];

function launch(command: string, args: string[], env: Record<string, string>, label: string) {
  const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
  child.stderr?.on("data", (chunk) => process.stderr.write(`[${label}] ${chunk}`));
  children.push(child);
  return child;
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined | false>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

// One made-up client address per run: the suite's other failed logins from 127.0.0.1 must not
// trip the per-IP limit here, where the per-e-mail limit across instances is what is checked.
const CLIENT_IP = `198.51.100.${1 + Math.floor(Math.random() * 250)}`;

async function signIn(base: string, email: string, password: string) {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie, "x-forwarded-for": CLIENT_IP },
    body: new URLSearchParams({ email, password, csrfToken }),
  });
  const session = response.headers.getSetCookie().find((c) => c.includes("session-token"));
  return { status: response.status, cookie: session?.split(";")[0] };
}

function actionId(distDir: string, name: string): string {
  const action = serverActionsInBuild(distDir).find((candidate) => candidate.name === name);
  if (!action) throw new Error(`No server action named ${name} in the build`);
  return action.id;
}

async function main() {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("DATABASE_URL is required (npm test provides one).");
  const distDir = process.env.BRIDGES_DIST_DIR || ".next";
  const db = createPrismaClient(databaseUrl);
  const sink = await startSmtpSink();
  const shared = {
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(33).toString("base64"),
    NEXT_SERVER_ACTIONS_ENCRYPTION_KEY: randomBytes(32).toString("base64"),
    SMTP_URL: sink.url,
    MAIL_FROM: "Bridges <reminders@bridges.test>",
    BRIDGES_DIST_DIR: distDir,
  };
  try {
    const ports = [await freePort(), await freePort()];
    const bases = ports.map((port) => `http://127.0.0.1:${port}`);
    ports.forEach((port, i) =>
      launch(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", String(port), "-H", "127.0.0.1"], { ...shared, NODE_ENV: "production", AUTH_TRUST_HOST: "true" }, `web-${i + 1}`),
    );
    await Promise.all(bases.map((base) => waitFor(`${base} to be healthy`, async () => (await fetch(`${base}/api/health`)).ok)));
    const [a, b] = bases as [string, string];
    console.log(`▸ 2 web instances up: ${a}, ${b}`);

    // 1. A session from A works on B.
    const user = await createUser(db, { name: "Scale Tester" });
    const { cookie } = await signIn(a, user.email, DEFAULT_PASSWORD);
    assert.ok(cookie, "signed in on instance A");
    const onB = await fetch(`${b}/dashboard`, { headers: { cookie }, redirect: "manual" });
    assert.equal(onB.status, 200, "the session opened on A is accepted by B");
    assert.match(await onB.text(), /Scale Tester/);
    console.log("✔ a session opened on instance A works on instance B");

    // 2. A server action posted to B, as a browser holding A's page would.
    const id = actionId(distDir, "createFollowUpAction");
    const form = new FormData();
    form.set("title", "Written through instance B");
    form.set("dueAt", "2031-05-04T09:30");
    const body = await encodeActionArgs([{}, form]);
    const action = await fetch(`${b}/follow-ups/new`, {
      method: "POST",
      headers: { cookie, "next-action": id, origin: b, accept: "text/x-component" },
      body,
      redirect: "manual",
    });
    assert.ok(action.status < 500, `server action answered ${action.status}`);
    const created = await db.followUp.count({ where: { userId: user.id, title: "Written through instance B" } });
    assert.equal(created, 1, "the server action ran on instance B");
    console.log("✔ a server action of the shared build runs on either instance");

    // 3. The login throttle holds across both instances.
    const target = await createUser(db);
    for (let attempt = 0; attempt < 10; attempt++) {
      const { status } = await signIn(bases[attempt % 2]!, target.email, `wrong-${attempt}`);
      assert.notEqual(status, 429, `attempt ${attempt + 1} is not throttled yet`);
    }
    for (const base of bases) {
      const { status, cookie: refused } = await signIn(base, target.email, DEFAULT_PASSWORD);
      assert.equal(status, 429, `the 11th attempt is throttled on ${base}`);
      assert.equal(refused, undefined);
    }
    console.log("✔ the login throttle counts failures from both instances");

    // 4. Log out on A; the cookie is dead on B.
    const logOutId = actionId(distDir, "logOutAction");
    await fetch(`${a}/dashboard`, {
      method: "POST",
      headers: { cookie, "next-action": logOutId, origin: a, accept: "text/x-component" },
      body: await encodeActionArgs([]),
      redirect: "manual",
    });
    const afterLogout = await fetch(`${b}/dashboard`, { headers: { cookie }, redirect: "manual" });
    assert.equal(afterLogout.status, 307, "the logged-out cookie is refused by B");
    assert.match(afterLogout.headers.get("location") ?? "", /\/login/);
    console.log("✔ logging out on A ends the session on B");

    // 5. 1,000 due reminders, 2 workers, each delivered once per channel.
    const owner = await createUser(db);
    const dueAt = new Date(Date.now() - 60_000);
    await db.followUp.createMany({
      data: Array.from({ length: REMINDERS }, (_, i) => ({ userId: owner.id, title: `Reminder ${i}`, dueAt })),
    });
    const started = Date.now();
    for (const n of [1, 2]) {
      launch(process.execPath, ["--import", "tsx", "scripts/worker.ts"], { ...shared, REMINDER_INTERVAL_MS: "200" }, `worker-${n}`);
    }
    await waitFor(
      "1,000 in-app and 1,000 e-mail deliveries",
      async () => {
        const [inApp, emails] = await Promise.all([
          db.delivery.count({ where: { userId: owner.id, channel: "in_app" } }),
          db.delivery.count({ where: { userId: owner.id, channel: "email", status: "sent" } }),
        ]);
        return inApp >= REMINDERS && emails >= REMINDERS;
      },
      120_000,
    );
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    const notifications = await db.notification.findMany({ where: { userId: owner.id }, select: { followUpId: true } });
    assert.equal(notifications.length, REMINDERS);
    assert.equal(new Set(notifications.map((n) => n.followUpId)).size, REMINDERS);
    const emails = await db.delivery.findMany({ where: { userId: owner.id, channel: "email" }, select: { followUpId: true, messageId: true } });
    assert.equal(emails.length, REMINDERS);
    assert.equal(new Set(emails.map((e) => e.followUpId)).size, REMINDERS);
    const received = await sink.waitForMessages(REMINDERS, 60_000);
    const toOwner = received.filter((mail) => mail.to && JSON.stringify(mail.to).includes(owner.email));
    assert.equal(toOwner.length, REMINDERS, "each reminder e-mail reached the SMTP server once");
    assert.equal(new Set(toOwner.map((mail) => mail.messageId)).size, REMINDERS);
    console.log(`✔ ${REMINDERS} reminders delivered exactly once per channel by 2 workers (${seconds} s)`);
  } finally {
    // Stop every child and wait for it (bounded), so the database outlives them all.
    const exits = children.filter((child) => child.exitCode === null).map((child) => new Promise((resolve) => child.once("exit", resolve)));
    for (const child of children) child.kill("SIGTERM");
    await Promise.race([Promise.all(exits), new Promise((resolve) => setTimeout(resolve, 10_000))]);
    await sink.close();
    await db.$disconnect();
  }
}

main()
  .then(() => {
    console.log("✔ scale-out: all checks passed");
    process.exit(0);
  })
  .catch((error) => {
    console.error(`✖ scale-out: ${error instanceof Error ? error.message : error}`);
    for (const child of children) child.kill("SIGKILL");
    process.exit(1);
  });
