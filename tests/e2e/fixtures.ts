import { test as base, expect, type Page } from "@playwright/test";

export const PASSWORD = "a sturdy passphrase for tests";

export function uniqueEmail(label = "e2e") {
  return `${label}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

export async function signUp(page: Page, email = uniqueEmail(), password = PASSWORD) {
  await page.goto("/signup");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign up" }).click();
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
  await page.locator("summary", { hasText: "Account menu for" }).click();
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);
}

/** A page already signed in as a fresh user. */
export const test = base.extend<{ user: { email: string; password: string } }>({
  user: async ({ page }, use) => {
    await use(await signUp(page));
  },
});

export { expect };

/** The page's own alert, not Next's route announcer (which also has role=alert). */
export function formAlert(page: Page) {
  return page.getByRole("alert").and(page.locator(":not(#__next-route-announcer__)"));
}
