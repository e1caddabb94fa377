import { createFollowUp } from "../factories";
import { e2eDb, userIdFor } from "./db";
import { expect, signInWithoutForm, test } from "./fixtures";

// The page cache (docs/decisions/0022-page-cache.md) in front of the real server: a page served
// again is the page as rendered, runs under its fresh nonce, and is never served after a write.
const CACHE = "x-bridges-page-cache";

test.beforeEach(async ({ page }) => {
  // What the browser refused under the page's Content-Security-Policy.
  await page.addInitScript(() => {
    const refused: string[] = [];
    (window as unknown as { refused: string[] }).refused = refused;
    document.addEventListener("securitypolicyviolation", (event) => refused.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
});

const refusedOn = (page: import("@playwright/test").Page) => page.evaluate(() => (window as unknown as { refused: string[] }).refused);

test("a page is served again until something on it changes, runs under its fresh nonce, and every write shows on the next load", async ({ page, user }) => {
  test.slow(); // several loads and an action on a shared machine
  const userId = await userIdFor(user.email);
  await createFollowUp(e2eDb, userId, { title: "Send the portfolio", dueAt: new Date(Date.now() + 2 * 86_400_000) });

  expect((await page.goto("/follow-ups"))!.headers()[CACHE]).toBe("miss");
  const served = await page.reload();
  expect(served!.headers()[CACHE]).toBe("hit");
  await expect(page.getByRole("heading", { name: "Send the portfolio" })).toBeVisible();
  // React's inline scripts ran (they carry the nonce): the page hydrated, nothing was refused.
  await expect.poll(() => page.evaluate(() => Array.isArray((self as unknown as { __next_f?: unknown[] }).__next_f))).toBe(true);
  expect(await refusedOn(page)).toEqual([]);

  // An action from the served page: its write shows on the next load, rendered anew.
  await page.getByRole("button", { name: "Done" }).click();
  await expect.poll(() => e2eDb.followUp.count({ where: { userId, status: "done" } })).toBe(1);
  const afterAction = await page.goto("/follow-ups");
  expect(afterAction!.headers()[CACHE]).toBe("miss");
  await expect(page.getByRole("heading", { name: "Send the portfolio" })).toHaveCount(0);

  // A write from elsewhere (the worker's reminder, say) shows too: on the list and in the badge.
  expect((await page.goto("/notifications"))!.headers()[CACHE]).toBe("miss");
  expect((await page.reload())!.headers()[CACHE]).toBe("hit");
  await expect(page.getByRole("link", { name: "0 unread" })).toBeVisible();
  await e2eDb.notification.create({ data: { userId, title: "Follow up with Noor" } });
  expect((await page.reload())!.headers()[CACHE]).toBe("miss");
  await expect(page.getByText("Unread: Follow up with Noor")).toBeVisible();
  await expect(page.getByRole("link", { name: "1 unread" })).toBeVisible();
  expect(await refusedOn(page)).toEqual([]);
});

test("another user's browser asking for the same page gets their own, and a signed-out one goes to log in", async ({ browser, page, user }) => {
  const userId = await userIdFor(user.email);
  await createFollowUp(e2eDb, userId, { title: "Alex's private follow-up" });
  await page.goto("/follow-ups");
  expect((await page.reload())!.headers()[CACHE]).toBe("hit");

  const other = await browser.newPage();
  const stranger = await browser.newPage();
  try {
    await signInWithoutForm(other);
    expect((await other.goto("/follow-ups"))!.headers()[CACHE]).toBe("miss");
    await expect(other.getByRole("heading", { name: "No follow-ups yet" })).toBeVisible();
    await expect(other.getByText("Alex's private follow-up")).toHaveCount(0);

    const response = await stranger.goto("/follow-ups");
    expect(response!.headers()[CACHE]).toBeUndefined();
    await expect(stranger).toHaveURL(/\/login$/);
    await expect(stranger.getByText("Alex's private follow-up")).toHaveCount(0);
  } finally {
    await Promise.all([other.close(), stranger.close()]);
  }
});
