import { createApplication, createCompany, createFollowUp } from "../factories";
import { e2eDb, userIdFor } from "./db";
import { expect, logOut, test } from "./fixtures";

// Several pages per test on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

test("at 1366 px the sections sit in one sidebar column, and collapsing it is remembered", async ({ page, user }) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/dashboard");
  const nav = page.getByRole("navigation", { name: "Main" });
  const links = nav.getByRole("link");
  await expect(links).toHaveCount(11);
  // One column: every link starts at the same x, none wraps beside another.
  const lefts = new Set(await links.evaluateAll((elements) => elements.map((element) => Math.round(element.getBoundingClientRect().left))));
  expect(lefts.size).toBe(1);
  await expect(nav.getByRole("link", { name: "Dashboard" })).toHaveAttribute("aria-current", "page");

  await page.getByRole("button", { name: "Collapse the sidebar" }).click();
  await expect(nav.getByRole("link", { name: "Insights" })).toBeVisible(); // the icon, named by its label
  await page.reload();
  await expect(page.getByRole("button", { name: "Collapse the sidebar" })).toHaveAttribute("aria-expanded", "false");
  await nav.getByRole("link", { name: "Insights" }).click();
  await expect(page).toHaveURL(/\/insights$/);
  await page.getByRole("button", { name: "Collapse the sidebar" }).click();
  await expect(page.getByRole("button", { name: "Collapse the sidebar" })).toHaveAttribute("aria-expanded", "true");

  // The account menu: a real menu, Escape closes it, Log out signs out.
  await page.getByRole("button", { name: `Account menu for ${user.email}` }).click();
  await expect(page.getByRole("menuitem", { name: "Log out" })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("menuitem", { name: "Log out" })).toHaveCount(0);
  await logOut(page);
});

test("at 390 px the header is one row of at most 64 px and the sections open in a drawer", async ({ page, user }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/dashboard");
  const header = await page.locator("header").boundingBox();
  expect(header!.height).toBeLessThanOrEqual(64);
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  await expect(page.getByRole("searchbox", { name: "Search" })).toBeVisible();
  await expect(page.getByRole("link", { name: /unread/ })).toBeVisible();

  const menuButton = page.getByRole("button", { name: "Menu", exact: true });
  await menuButton.click();
  const drawer = page.getByRole("dialog", { name: "Bridges" });
  await expect(drawer.getByRole("navigation", { name: "Main" }).getByRole("link")).toHaveCount(11);
  await page.keyboard.press("Escape");
  await expect(drawer).toHaveCount(0);
  await expect(menuButton).toBeFocused();

  await menuButton.click();
  await page.getByRole("dialog", { name: "Bridges" }).getByRole("link", { name: "Follow-ups" }).click();
  await expect(page).toHaveURL(/\/follow-ups$/);
  await expect(page.getByRole("dialog")).toHaveCount(0);
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);
  expect(user.email).toContain("@");
});

test("board cards tell the applied date, the next follow-up, tags, salary and days in the column", async ({ page, user }) => {
  const userId = await userIdFor(user.email);
  await e2eDb.user.update({ where: { id: userId }, data: { timeZone: "UTC" } });
  const company = await createCompany(e2eDb, userId, { name: "Initech" });
  const application = await createApplication(e2eDb, userId, {
    companyId: company.id,
    role: "Platform Engineer",
    status: "screening",
    appliedOn: new Date("2025-11-03T00:00:00Z"),
    salaryRange: "€70–80k",
    tags: ["remote", "dream"],
  });
  await e2eDb.activity.create({ data: { userId, applicationId: application.id, kind: "status_changed", summary: "Moved from Applied to Screening", occurredAt: new Date(Date.now() - 5 * 86_400_000) } });
  await createFollowUp(e2eDb, userId, { title: "Ask about the timeline", applicationId: application.id, dueAt: new Date("2030-01-15T09:00:00Z") });

  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/board");
  const card = page.getByTestId("board-card").filter({ hasText: "Platform Engineer" });
  await expect(card).toContainText("Applied 3 Nov 2025");
  await expect(card).toContainText("Follow up 15 Jan 2030");
  await expect(card).toContainText("€70–80k");
  await expect(card).toContainText("5 days in this stage");
  await expect(card.getByRole("list", { name: "Tags" }).getByRole("listitem")).toHaveText(["remote", "dream"]);

  // All nine columns are reachable: the board scrolls sideways inside itself, not the page.
  const last = page.getByRole("region", { name: /^Ghosted/ });
  await last.scrollIntoViewIfNeeded();
  await expect(last).toBeInViewport();
  const { scrollWidth, clientWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, clientWidth: document.documentElement.clientWidth }));
  expect(scrollWidth).toBeLessThanOrEqual(clientWidth);

  // Still movable by keyboard; a moved card starts its count again.
  await page.getByLabel("Status of Platform Engineer at Initech").selectOption("interviewing");
  await card.getByRole("button", { name: "Move" }).press("Enter");
  const moved = page.getByRole("region", { name: /^Interviewing/ }).getByTestId("board-card").filter({ hasText: "Platform Engineer" });
  await expect(moved).toContainText("New in this stage");
  // The card moves at once; the toast says the server has it.
  await expect(page.getByRole("status").filter({ hasText: "Moved Platform Engineer at Initech to Interviewing." })).toBeVisible();
  await page.reload();
  await expect(moved).toContainText("New in this stage");
});
