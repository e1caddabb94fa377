import { test as base, expect, type Page } from "@playwright/test";
import { encode } from "next-auth/jwt";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS, issueDeviceToken } from "../../lib/auth/device-cookie";
import { sessionCookieName } from "../../lib/auth/session-cookie";
import { env } from "../../lib/env";
import { openSession } from "../../lib/server/sessions/sessions";
import { createUser } from "../factories";
import { e2eDb } from "./db";

export const PASSWORD = "a sturdy passphrase for tests";

export function uniqueEmail(label = "e2e") {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

/** A made-up client address, as the proxy in front of the server under test would report it. */
export function uniqueClientAddress() {
  const byte = () => 1 + Math.floor(Math.random() * 250);
  return `198.18.${byte()}.${byte()}`;
}

/**
 * A fresh account, as sign-up creates it (no name, the browser's time zone). It is written straight
 * to the database: signing up by the e-mailed link is tested once, in account-mail.spec.ts, rather
 * than by every spec that needs a user.
 */
function createAccount(email: string, password: string) {
  // Chromium runs in this machine's zone (no timezoneId in playwright.config.ts), as Node does.
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return createUser(e2eDb, { email: email.toLowerCase(), password, name: null, timeZone });
}

/** A fresh account logged in through the form, landing on the dashboard. */
export async function signUp(page: Page, email = uniqueEmail(), password = PASSWORD) {
  await createAccount(email, password);
  await logIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  return { email, password };
}

// lib/auth/auth.ts: `session.maxAge`.
const SESSION_MAX_AGE_SECONDS = 30 * 24 * 60 * 60;

/** A fresh account signed in without the form (signInAs): for the tests that are not about logging in. */
export async function signInWithoutForm(page: Page, email = uniqueEmail(), password = PASSWORD) {
  await signInAs(page, await createAccount(email, password));
  return { email, password };
}

/**
 * What a successful log-in leaves in the browser, written the way the app writes it, with no page
 * loaded: an AuthSession row (openSession) and Auth.js's session cookie naming it, a JWE of the token
 * lib/auth/auth.ts's jwt callback returns at sign-in, keyed by AUTH_SECRET and salted with the
 * cookie's name ("__Secure-" only over https); and the device cookie.
 */
export async function signInAs(page: Page, user: { id: string; email: string }) {
  const { baseURL, userAgent } = base.info().project.use;
  if (!baseURL) throw new Error("signInAs needs the project's baseURL (playwright.config.ts)");
  const sessionId = await openSession(user.id, userAgent);
  const secure = new URL(baseURL).protocol === "https:";
  const sessionCookie = sessionCookieName(secure);
  const token = await encode({
    token: { email: user.email, sub: user.id, sid: sessionId, uid: user.id },
    secret: env().AUTH_SECRET,
    salt: sessionCookie,
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
  const now = Math.floor(Date.now() / 1000);
  const cookie = { url: baseURL, httpOnly: true, secure, sameSite: "Lax" } as const;
  await page.context().addCookies([
    { ...cookie, name: sessionCookie, value: token, expires: now + SESSION_MAX_AGE_SECONDS },
    { ...cookie, name: DEVICE_COOKIE, value: issueDeviceToken(user.email, env().AUTH_SECRET), expires: now + DEVICE_COOKIE_MAX_AGE_SECONDS },
  ]);
}

export async function logIn(page: Page, email: string, password = PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
}

export async function logOut(page: Page) {
  await page.getByRole("button", { name: /^Account menu for / }).click();
  await page.getByRole("menuitem", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);
}

/** A browser already signed in as a fresh user (no page loaded yet); each test's browser comes from its own address. */
export const test = base.extend<{ user: { email: string; password: string } }>({
  context: async ({ context }, use) => {
    // The server trusts loopback as its proxy (playwright.config.ts): one test's sign-in
    // failures never count against another's address.
    await context.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientAddress() });
    await use(context);
  },
  user: async ({ page }, use) => {
    await use(await signInWithoutForm(page));
  },
});

export { expect };

/** The page's own alert, not Next's route announcer (which also has role=alert). */
export function formAlert(page: Page) {
  return page.getByRole("alert").and(page.locator(":not(#__next-route-announcer__)"));
}

/**
 * Chooses in a searchable picker (a combobox fed by /api/pick): types `search` into the box
 * labelled `label`, then clicks the listed option named `option` (the search text by default).
 */
export async function pickOption(page: Page, label: string, search: string, option: string | RegExp = search) {
  await page.getByRole("combobox", { name: label, exact: true }).fill(search);
  await page.getByRole("option", { name: option, exact: typeof option === "string" }).click();
}
