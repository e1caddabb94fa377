import { test as base, expect, type Page } from "@playwright/test";
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
 * A fresh account, as sign-up creates it (no name, the browser's time zone), logged in through
 * the form. The account is written straight to the database: signing up by the e-mailed link is
 * tested once, in account-mail.spec.ts, rather than by every spec that needs a user.
 */
export async function signUp(page: Page, email = uniqueEmail(), password = PASSWORD) {
  // Chromium runs in this machine's zone (no timezoneId in playwright.config.ts), as Node does.
  const timeZone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  await createUser(e2eDb, { email: email.toLowerCase(), password, name: null, timeZone });
  await logIn(page, email, password);
  await expect(page).toHaveURL(/\/dashboard$/);
  return { email, password };
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

/** A page already signed in as a fresh user; each test's browser comes from its own address. */
export const test = base.extend<{ user: { email: string; password: string } }>({
  context: async ({ context }, use) => {
    // The server trusts loopback as its proxy (playwright.config.ts): one test's sign-in
    // failures never count against another's address.
    await context.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientAddress() });
    await use(context);
  },
  user: async ({ page }, use) => {
    await use(await signUp(page));
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
