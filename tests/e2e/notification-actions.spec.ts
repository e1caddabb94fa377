import AxeBuilder from "@axe-core/playwright";
import { e2eDb, userIdFor } from "./db";
import { expect, test } from "./fixtures";

test("acting on a follow-up, from its notification or another page, drops the bell count", async ({ page, user }) => {
  test.slow(); // server actions with a page refresh, and an axe run, on a shared machine
  const userId = await userIdFor(user.email);
  const overdue = new Date(Date.now() - 3600_000);
  const thank = await e2eDb.followUp.create({ data: { userId, title: "Thank Amara", dueAt: overdue, remindedDueAt: overdue } });
  const nudge = await e2eDb.followUp.create({ data: { userId, title: "Nudge Femi", dueAt: overdue, remindedDueAt: overdue } });
  await e2eDb.notification.createMany({
    data: [
      { userId, followUpId: thank.id, title: "Thank Amara", url: "/follow-ups" },
      { userId, followUpId: nudge.id, title: "Nudge Femi", url: "/follow-ups" },
    ],
  });

  await page.goto("/notifications");
  await expect(page.getByRole("link", { name: "2 unread" })).toBeVisible();
  const thankItem = page.getByRole("listitem").filter({ hasText: "Thank Amara" });
  await expect(thankItem.getByRole("button", { name: "Snooze" })).toBeVisible();
  expect((await new AxeBuilder({ page }).analyze()).violations).toEqual([]);

  // Done on the notification itself: the follow-up closes and its reminder is read.
  await thankItem.getByRole("button", { name: "Done" }).click();
  await expect(page.getByRole("link", { name: "1 unread" })).toBeVisible();
  await expect(thankItem.getByRole("button", { name: "Done" })).toHaveCount(0);
  expect((await e2eDb.followUp.findUniqueOrThrow({ where: { id: thank.id } })).status).toBe("done");

  // Snooze from the follow-ups page reads the other reminder too.
  await page.goto("/follow-ups");
  await expect(page.getByRole("link", { name: "1 unread" })).toBeVisible();
  await page.getByRole("button", { name: "Snooze" }).click();
  await page.getByRole("group", { name: "Snooze Nudge Femi" }).getByRole("button", { name: "1 week" }).click();
  await expect(page.getByRole("link", { name: "0 unread" })).toBeVisible();
  expect(await e2eDb.notification.count({ where: { userId, readAt: null } })).toBe(0);
});
