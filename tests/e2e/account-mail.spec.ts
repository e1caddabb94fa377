import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import type { Browser, Page } from "@playwright/test";
import type { ParsedMail } from "mailparser";
import { startSmtpSink, type SmtpSink } from "../support/smtp-sink";
import { e2eDb } from "./db";
import { expect, formAlert, logIn, PASSWORD, test, uniqueClientAddress, uniqueEmail } from "./fixtures";

// Flows that send e-mail, on a server of their own: the production server (scripts/serve.ts) with
// an SMTP server to catch what it sends, and no TRUST_PROXY — as `npm start` runs on a laptop.
// One server, and the tests in order: the last one spends this address's allowance of requests.
test.describe.configure({ mode: "default" });

let server: ChildProcess;
let sink: SmtpSink;
let base: string;

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, "127.0.0.1", resolve));
  const { port } = probe.address() as { port: number };
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

test.beforeAll(async () => {
  test.setTimeout(90_000);
  // Every request to this server comes from 127.0.0.1: start from a clean allowance, whatever
  // an earlier run against the same database left (the other specs come from made-up addresses).
  await e2eDb.authRequest.deleteMany({ where: { ip: "127.0.0.1" } });
  sink = await startSmtpSink();
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  const env: NodeJS.ProcessEnv = { ...process.env, NODE_ENV: "production", AUTH_TRUST_HOST: "true", SMTP_URL: sink.url, APP_URL: base };
  delete env.TRUST_PROXY;
  server = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts", "-p", String(port), "-H", "127.0.0.1"], { env, stdio: "inherit" });
  await expect(async () => expect((await fetch(`${base}/api/health`)).ok).toBe(true)).toPass({ timeout: 60_000 });
});

test.afterAll(async () => {
  server?.kill("SIGTERM");
  await sink?.close();
});

async function mailTo(address: string, subject: RegExp): Promise<ParsedMail> {
  let found: ParsedMail | undefined;
  await expect(() => {
    found = sink.messages.find((mail) => !Array.isArray(mail.to) && mail.to?.text === address && subject.test(mail.subject ?? ""));
    expect(found).toBeDefined();
  }).toPass({ timeout: 15_000 });
  return found!;
}

const linkIn = (mail: ParsedMail) => /https?:\/\/\S+\?token=[\w-]+/.exec(mail.text ?? "")![0];

async function freshPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ baseURL: base });
  return context.newPage();
}

async function signUpThroughTheForm(page: Page, email: string, password = PASSWORD) {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByRole("heading", { name: "Check your e-mail" })).toBeVisible();
}

test("signing up: the e-mailed link creates the account and signs in; a taken address gets the same answer and its owner an e-mail", async ({ browser }) => {
  const page = await freshPage(browser);
  const email = uniqueEmail("signup");
  await signUpThroughTheForm(page, email);
  const answer = await page.locator("main").innerText();

  await page.goto(linkIn(await mailTo(email, /Finish signing up/)));
  await page.getByRole("button", { name: "Finish signing up" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
  await expect(page.getByRole("heading", { name: /welcome/i })).toBeVisible();

  // The same address again, from another browser: the same answer, no second account, and a word to the owner.
  const other = await freshPage(browser);
  await signUpThroughTheForm(other, email.toUpperCase(), "someone else's passphrase here");
  expect(await other.locator("main").innerText()).toBe(answer);
  expect((await mailTo(email, /tried to sign up/)).text).toContain("No new account was created");
});

test("forgot password: the link sets a new password once, and every session that was open ends", async ({ browser }) => {
  test.slow(); // five argon2 hashes and verifications, and three browsers
  const owner = await freshPage(browser);
  const email = uniqueEmail("reset");
  await signUpThroughTheForm(owner, email);
  await owner.goto(linkIn(await mailTo(email, /Finish signing up/)));
  await owner.getByRole("button", { name: "Finish signing up" }).click();
  await expect(owner).toHaveURL(/\/dashboard$/);
  const signedInCookies = await owner.context().cookies();

  const page = await freshPage(browser);
  await page.goto("/login");
  await page.getByRole("link", { name: "Forgot password?" }).click();
  await expect(page).toHaveURL(/\/forgot-password$/);
  const answerFor = async (address: string) => {
    await page.getByLabel("Email").fill(address);
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByRole("status")).toContainText("If an account uses that address");
    return page.getByRole("status").innerText();
  };
  expect(await answerFor(uniqueEmail("nobody"))).toBe(await answerFor(email));

  const link = linkIn(await mailTo(email, /Reset your Bridges password/));
  await page.goto(link);
  await page.getByLabel("New password").fill("password1234");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page.getByLabel("New password")).toHaveAccessibleDescription(/commonly used password/);
  await page.getByLabel("New password").fill("a new passphrase after the reset");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page).toHaveURL(/\/login\?reset=1$/);

  // The session that was open before the reset is over, even with its cookie replayed.
  const replay = await browser.newContext({ baseURL: base });
  await replay.addCookies(signedInCookies);
  expect((await replay.request.get("/api/export/all.json", { maxRedirects: 0 })).status()).not.toBe(200);
  await replay.close();

  await logIn(page, email, PASSWORD);
  await expect(formAlert(page)).toHaveText(/do not match/);
  await logIn(page, email, "a new passphrase after the reset");
  await expect(page).toHaveURL(/\/dashboard$/);

  // The link was single-use.
  const again = await freshPage(browser);
  await again.goto(link);
  await again.getByLabel("New password").fill("yet another passphrase to try");
  await again.getByRole("button", { name: "Set password" }).click();
  await expect(formAlert(again)).toHaveText(/expired or was already used/);
});

test("without TRUST_PROXY, a made-up X-Forwarded-For does not escape the per-address limit", async ({ browser }) => {
  const context = await browser.newContext({ baseURL: base });
  const page = await context.newPage();
  await page.goto("/forgot-password");
  let answer = "";
  for (let attempt = 1; attempt <= 11 && !answer.startsWith("Too many"); attempt++) {
    // A new address claimed on every request, as the attacker in issue 14 did.
    await context.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientAddress() });
    await page.getByLabel("Email").fill(uniqueEmail("spray"));
    await page.getByRole("button", { name: "Send reset link" }).click();
    await expect(page.getByRole("status").or(formAlert(page))).toHaveText(/If an account|Too many/);
    answer = await page.getByRole("status").or(formAlert(page)).innerText();
  }
  expect(answer).toMatch(/^Too many requests from your network/);
  await context.close();
});
