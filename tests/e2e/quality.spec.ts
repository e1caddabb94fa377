import AxeBuilder from "@axe-core/playwright";
import { seedDemoAccount } from "../factories/demo";
import { e2eDb } from "./db";
import { expect, signInAs, test, uniqueEmail } from "./fixtures";

const DEMO_PASSWORD = "bridges demo account for e2e";

/** A fresh copy of the demo account (prisma/seed.ts's data), signed in (no page loaded yet). */
const demoTest = test.extend<{ demo: { email: string } }>({
  demo: async ({ page }, use) => {
    const email = uniqueEmail("demo");
    await signInAs(page, await seedDemoAccount(e2eDb, { email, password: DEMO_PASSWORD }));
    await use({ email });
  },
});

demoTest("the seeded demo account's dashboard shows what is due and owed; Done updates it", async ({ page, demo }) => {
  await page.goto("/dashboard");
  const due = page.getByRole("region", { name: "Due today" });
  const items = due.getByRole("button", { name: "Done" });
  // The block streams in behind a skeleton: wait for it before counting.
  await expect.poll(() => items.count()).toBeGreaterThanOrEqual(2); // one overdue, one later today, one overdue nudge
  const before = await items.count();
  await expect(due.getByText(/Overdue/).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Letters to write" }).getByRole("link", { name: /Thank you/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Pipeline" }).getByRole("link", { name: /^Rejected: \d+$/ })).toBeVisible();

  await items.first().click();
  await expect(due.getByRole("button", { name: "Done" })).toHaveCount(before - 1);
  const owner = await e2eDb.user.findUniqueOrThrow({ where: { email: demo.email }, select: { id: true } });
  expect(await e2eDb.followUp.count({ where: { userId: owner.id, status: "done" } })).toBe(1);
});

const MAIN_PAGES = ["/dashboard", "/applications", "/applications/new", "/board", "/contacts", "/follow-ups", "/letters", "/notifications", "/settings"];

demoTest("the main pages have no serious or critical accessibility violations (axe-core)", async ({ page, demo }) => {
  // Nine pages, each scanned by axe: minutes on a busy two-core machine.
  test.setTimeout(240_000);
  const problems: string[] = [];
  for (const path of MAIN_PAGES) {
    await page.goto(path);
    await expect(page).toHaveURL(new RegExp(`${path}$`)); // signed in, not sent to /login
    await expect(page.getByRole("button", { name: `Account menu for ${demo.email}` })).toBeAttached();
    await expect(page.locator("main")).toBeVisible();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    for (const violation of results.violations.filter((v) => v.impact === "serious" || v.impact === "critical")) {
      problems.push(`${path}: ${violation.id} (${violation.impact}) — ${violation.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`);
    }
  }
  expect(problems).toEqual([]);
});

demoTest("the dashboard fits a 375 px wide phone without horizontal scrolling", async ({ page, demo }, testInfo) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);
  expect(demo.email).toContain("@");
  await expect(page.getByRole("region", { name: "Due today" })).toBeVisible();
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    clientWidth: document.documentElement.clientWidth,
  }));
  await testInfo.attach("dashboard-375px.png", { body: await page.screenshot({ fullPage: true }), contentType: "image/png" });
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
});

test("dark mode follows the system, and the toggle overrides it", async ({ page, user }) => {
  await page.emulateMedia({ colorScheme: "dark" });
  await page.goto("/dashboard");
  await expect(page.getByText(user.email)).toBeVisible();
  const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  const dark = await background();
  await page.getByRole("button", { name: /System theme/ }).click();
  await expect(page.getByRole("button", { name: /Light theme/ })).toBeVisible();
  expect(await background()).not.toBe(dark);
  await page.getByRole("button", { name: /Light theme/ }).click();
  await expect(page.getByRole("button", { name: /Dark theme/ })).toBeVisible();
  expect(await background()).toBe(dark);
});

test("keyboard shortcuts: ? opens the help, n starts a new application", async ({ page, user }) => {
  await page.goto("/dashboard");
  await expect(page.getByText(user.email)).toBeVisible();
  await page.keyboard.press("?");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("dialog", { name: "Keyboard shortcuts" })).toBeHidden();
  await page.keyboard.press("n");
  await expect(page).toHaveURL(/\/applications\/new$/);
});

test.afterAll(async () => {
  await e2eDb.$disconnect();
});
