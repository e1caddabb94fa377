import { spawn, type ChildProcess } from "node:child_process";
import { e2eDb, userIdFor } from "./db";
import { expect, test } from "./fixtures";

// The server under test serves pages only (scripts/serve.ts); the reminder worker runs beside it, as in production.
let worker: ChildProcess;
let workerLog = "";
test.beforeAll(async () => {
  test.setTimeout(60_000);
  worker = spawn(process.execPath, ["--import", "tsx", "scripts/worker.ts"], {
    env: { ...process.env, REMINDER_INTERVAL_MS: "1000" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  // The test's clock starts once the sweep runs: starting the worker (tsx compiles it) under the
  // suite's load is not what is tested.
  await new Promise<void>((resolve, reject) => {
    const read = (chunk: Buffer) => {
      workerLog += chunk.toString();
      if (workerLog.includes('"job":"reminders","event":"started"')) resolve();
    };
    worker.stdout!.on("data", read);
    worker.stderr!.on("data", read);
    worker.once("exit", (code) => reject(new Error(`The worker exited (${code}) before its first sweep:\n${workerLog}`)));
  });
});
test.afterEach(async ({}, testInfo) => {
  // What the worker said, with the trace of a failed test.
  if (testInfo.status !== testInfo.expectedStatus) await testInfo.attach("worker output", { body: workerLog, contentType: "text/plain" });
});
test.afterAll(() => {
  worker.kill("SIGTERM");
});

test("a follow-up coming due shows up in the unread count and the list without reloading the page", async ({ page, user }) => {
  test.setTimeout(90_000);
  const userId = await userIdFor(user.email);
  await page.goto("/notifications");
  await expect(page.getByRole("heading", { name: "No notifications yet" })).toBeVisible();
  await expect(page.getByRole("link", { name: "0 unread" })).toBeVisible();

  await e2eDb.followUp.create({ data: { userId, title: "Call Femi back", dueAt: new Date(Date.now() + 5_000) } });

  await expect(page.getByRole("link", { name: "1 unread" })).toBeVisible({ timeout: 45_000 });
  await expect(page.getByRole("link", { name: "Call Femi back" })).toBeVisible({ timeout: 20_000 });

  await page.getByRole("button", { name: /Mark as read/ }).click();
  await expect(page.getByRole("link", { name: "0 unread" })).toBeVisible();
  expect(await e2eDb.notification.count({ where: { userId, readAt: null } })).toBe(0);

  // No SMTP server in this run: the reminder e-mail waits in the outbox.
  await page.getByRole("link", { name: "E-mail outbox" }).click();
  await expect(page.getByRole("heading", { name: "Reminder: Call Femi back" })).toBeVisible();
});
