import { e2eDb, userIdFor } from "./db";
import { expect, test } from "./fixtures";

test("Done and Dismiss on a follow-up can be undone from the toast", async ({ page, user }) => {
  test.slow(); // server actions with a page refresh, and an axe run, on a shared machine
  const userId = await userIdFor(user.email);
  const dueAt = new Date(Date.now() - 3600_000);
  const followUp = await e2eDb.followUp.create({ data: { userId, title: "Send the portfolio", dueAt, remindedDueAt: dueAt } });

  await page.goto("/follow-ups");
  await page.getByRole("button", { name: "Done" }).click();
  const toast = page.getByRole("status").filter({ hasText: "Done. Nice work." });
  await expect(toast).toBeVisible();
  await expect.poll(async () => (await e2eDb.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).status).toBe("done");
  await toast.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Undone." })).toBeVisible();
  expect(await e2eDb.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toMatchObject({ status: "pending", completedAt: null, dueAt, remindedDueAt: dueAt });
  await expect(page.getByRole("heading", { name: "Send the portfolio" })).toBeVisible();

  await page.getByRole("button", { name: "Dismiss", exact: true }).click();
  const dismissed = page.getByRole("status").filter({ hasText: "Dismissed." });
  await expect(dismissed).toBeVisible();
  await expect.poll(async () => (await e2eDb.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).status).toBe("dismissed");
  await dismissed.getByRole("button", { name: "Undo" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Undone." })).toBeVisible();
  expect((await e2eDb.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).status).toBe("pending");
  await expect(page.getByRole("heading", { name: "Send the portfolio" })).toBeVisible();
});
