import { addDays, addHours } from "date-fns";
import { loadDemoData } from "../../lib/server/demo/load-demo-data";
import { startOfLocalDay } from "../../lib/schedule/zoned";
import { createUser } from "../factories";
import { e2eDb } from "./db";
import type { Locator, Page } from "@playwright/test";
import { expect, signInAs, test } from "./fixtures";

// Screenshots of the main pages at a desktop and a phone width, compared with the committed
// baselines (tests/e2e/visual.spec.ts-snapshots). Regenerate them after an intended change with
// `npx playwright test tests/e2e/visual.spec.ts --update-snapshots` (Debian's Chromium, as in CI).
//
// What keeps them stable: the demo data, anchored at noon of today in the user's zone so every
// relative day ("in 2 days", "12 days in this stage") reads the same whatever the hour of the run;
// the shipped Inter font; a browser clock fixed at that noon; and dates themselves (they change
// every day) hidden or masked.

// Several pages per test on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

const TIME_ZONE = "Europe/London";
const PASSWORD = "a sturdy passphrase for tests";

const VIEWPORTS = [
  { name: "1366", viewport: { width: 1366, height: 900 } },
  { name: "390", viewport: { width: 390, height: 844 } },
] as const;

/** A demo account of its own per screenshot (so the tests run in parallel), the same every run. */
async function seedAccount(email: string) {
  await e2eDb.user.deleteMany({ where: { email } });
  const user = await createUser(e2eDb, { email, name: "Alex Morgan", password: PASSWORD, timeZone: TIME_ZONE });
  const today = startOfLocalDay(new Date(), TIME_ZONE);
  const noon = addHours(today, 12);
  await loadDemoData(user.id, { now: noon, tx: e2eDb });
  // The demo's few "in a couple of hours" moments would change sides of now during the day:
  // pin them to the start of today (due, and overdue, all day long).
  const soon = { userId: user.id, dueAt: { gt: today, lt: addHours(noon, 12) } };
  await e2eDb.followUp.updateMany({ where: soon, data: { dueAt: today, remindedDueAt: today } });
  await e2eDb.letter.updateMany({ where: soon, data: { dueAt: today } });
  return { user, noon };
}

async function settle(page: Page) {
  // Streamed blocks replace their skeletons; the font has loaded before anything is compared.
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await expect(page.locator(".animate-pulse")).toHaveCount(0);
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
}

async function open(page: Page, path: string, { name, viewport }: (typeof VIEWPORTS)[number], label: string, prepare?: (userId: string, noon: Date) => Promise<unknown>) {
  const email = `visual-${label}-${name}@example.test`;
  const { user, noon } = await seedAccount(email);
  await prepare?.(user.id, noon);
  await page.clock.setFixedTime(noon);
  await page.setViewportSize(viewport);
  await signInAs(page, user);
  await page.goto(path);
  await expect(page).toHaveURL(new RegExp(`${path}$`)); // signed in, not sent to /login
  await settle(page);
  await freezeDates(page);
}

// A date written out ("5 Dec 2026", "Tue 8 Dec, 08:00") changes every day: masked.
const WRITTEN_DATE = /\b\d{1,2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;

/**
 * Dates and times on the page come from the server's real clock (the browser's fixed time does not
 * reach it), so their text — and with it the width of what follows — changes with the day and the
 * hour. Written the same every day before the capture: only the layout around them is compared.
 */
async function freezeDates(page: Page) {
  await page.evaluate((source) => {
    const writtenDate = new RegExp(source, "g");
    for (const time of document.querySelectorAll("time")) time.textContent = "Mon 7 Dec, 08:00";
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (writtenDate.test(node.textContent ?? "")) node.textContent = node.textContent!.replace(writtenDate, "7 Dec");
      writtenDate.lastIndex = 0;
    }
  }, WRITTEN_DATE.source);
}

function screenshotOptions(page: Page, { extraMasks = [], maskWrittenDates = true }: { extraMasks?: Locator[]; maskWrittenDates?: boolean } = {}) {
  return {
    fullPage: true,
    animations: "disabled" as const,
    caret: "hide" as const,
    // <time> elements are hidden in place rather than masked: a mask drawn over a card far off in
    // the board's sideways scroll would widen the page.
    style: "time { visibility: hidden !important; }",
    mask: [...(maskWrittenDates ? [page.getByText(WRITTEN_DATE)] : []), ...extraMasks],
    // Anti-aliasing noise only; a moved or restyled element is far more than this.
    maxDiffPixelRatio: 0.002,
    // A full-page capture is taken until two in a row agree: slow on a busy machine.
    timeout: 60_000,
  };
}

for (const size of VIEWPORTS) {
  test.describe(`at ${size.name} px`, () => {
    test("dashboard", async ({ page }) => {
      // "Interviews this week" counts from the server's clock, which the browser's fixed time does
      // not stop: the demo's last interview (a week from today, 22:00) joins it from 22:00 on.
      await open(page, "/dashboard", size, "dashboard", (userId, noon) =>
        e2eDb.interview.deleteMany({ where: { userId, scheduledAt: { gte: addDays(noon, 7) } } }),
      );
      await expect(page.getByRole("region", { name: "Due today" })).toBeVisible();
      await expect(page).toHaveScreenshot(`dashboard-${size.name}.png`, screenshotOptions(page));
    });

    test("board", async ({ page }) => {
      await open(page, "/board", size, "board");
      await expect(page.getByTestId("board-card").first()).toBeVisible();
      await expect(page).toHaveScreenshot(`board-${size.name}.png`, screenshotOptions(page, { maskWrittenDates: false }));
    });

    test("application page", async ({ page }) => {
      await open(page, "/board", size, "application");
      // The rejected finalist: interviews, the rejection, its letters and plan, the timeline.
      const rejected = page.getByRole("region", { name: /^Rejected/ }).getByTestId("board-card").first().getByRole("link");
      await page.goto((await rejected.getAttribute("href"))!);
      await settle(page);
      await freezeDates(page);
      await expect(page.getByRole("button", { name: "Add note" })).toBeVisible();
      await expect(page).toHaveScreenshot(`application-${size.name}.png`, screenshotOptions(page));
    });

    test("letters", async ({ page }) => {
      await open(page, "/letters", size, "letters");
      await expect(page.getByRole("link", { name: /^Thank you, / }).first()).toBeVisible();
      await expect(page).toHaveScreenshot(`letters-${size.name}.png`, screenshotOptions(page));
    });

    test("settings", async ({ page }) => {
      await open(page, "/settings", size, "settings");
      await expect(page.getByLabel("Time zone")).toBeVisible();
      // The calendar feed's address holds a secret made anew for every account.
      await expect(page).toHaveScreenshot(`settings-${size.name}.png`, screenshotOptions(page, { extraMasks: [page.getByLabel("Calendar feed")] }));
    });
  });
}
