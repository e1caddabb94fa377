import { nextCadenceDue, snoozedUntil } from "../../lib/schedule/reminders";
import { workingHoursSelect } from "../../lib/server/follow-ups/shared";
import { createContact, createFollowUp, createUser } from "../factories";
import { e2eDb, userIdFor } from "./db";
import { expect, pickOption, test } from "./fixtures";

const workingHoursOf = (userId: string) => e2eDb.user.findUniqueOrThrow({ where: { id: userId }, select: workingHoursSelect });

test("a follow-up is created by hand, and Done on a cadence follow-up creates the next one", async ({ page, user }) => {
  const userId = await userIdFor(user.email);
  await createContact(e2eDb, userId, { name: "Noor Haddad" });

  await page.goto("/follow-ups");
  await expect(page.getByRole("heading", { name: "No follow-ups yet" })).toBeVisible();
  await page.getByRole("link", { name: "New follow-up" }).click();

  // Malformed input: a message on the field, nothing saved.
  await page.getByLabel("Due at").fill("2030-01-10T09:00");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Say what to do")).toBeVisible();
  expect(await e2eDb.followUp.count({ where: { userId } })).toBe(0);

  await page.getByLabel("What").fill("Coffee with Noor");
  await pickOption(page, "Contact", "Noor", /^Noor Haddad/);
  await page.getByLabel("Due at").fill("2030-01-10T09:00");
  await page.getByLabel("Repeat every (days)").fill("30");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(/\/follow-ups$/);

  const later = page.getByRole("region", { name: /Later/ });
  await expect(later.getByRole("heading", { name: "Coffee with Noor" })).toBeVisible();
  await later.getByRole("button", { name: "Done" }).click();

  await expect.poll(() => e2eDb.followUp.count({ where: { userId, status: "done" } })).toBe(1);
  const next = await e2eDb.followUp.findFirstOrThrow({ where: { userId, status: "pending" } });
  expect(next).toMatchObject({ title: "Coffee with Noor", cadenceDays: 30 });
  // Scheduled 30 days after the day it was done, at the reminder time on a working day.
  expect(next.dueAt).toEqual(nextCadenceDue(new Date(), 30, await workingHoursOf(userId)));
  await expect(page.getByRole("heading", { name: "Coffee with Noor" })).toHaveCount(1);
  expect(await e2eDb.interaction.count({ where: { userId } })).toBe(1);
});

test("Snooze offers Later today, Tomorrow, 3 days, 1 week or a picked date", async ({ page, user }) => {
  const userId = await userIdFor(user.email);
  const followUp = await e2eDb.followUp.create({ data: { userId, title: "Nudge the recruiter", dueAt: new Date(Date.now() - 3600_000) } });

  await page.goto("/follow-ups");
  await page.getByRole("button", { name: "Snooze" }).click();
  const snoozePanel = page.getByRole("group", { name: "Snooze Nudge the recruiter" });
  for (const choice of ["Later today", "Tomorrow", "1 week"]) await expect(snoozePanel.getByRole("button", { name: choice })).toBeVisible();
  await snoozePanel.getByRole("button", { name: "3 days" }).click();
  // Wait until the page has re-rendered with the follow-up out of "Overdue": only then is the
  // "Snooze" button a fresh toggle rather than the one about to be replaced.
  await expect(page.getByRole("region", { name: /^Overdue/ })).toHaveCount(0);
  await expect(snoozePanel).toBeHidden();
  await expect.poll(async () => (await e2eDb.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).status).toBe("snoozed");
  const snoozed = await e2eDb.followUp.findUniqueOrThrow({ where: { id: followUp.id } });
  // Three days from today at the reminder time, on a working day.
  expect(snoozed.dueAt).toEqual(snoozedUntil(new Date(), "3d", await workingHoursOf(userId)));

  await page.getByRole("button", { name: "Snooze" }).click();
  await expect(snoozePanel).toBeVisible();
  await page.getByRole("button", { name: "Pick a date" }).click();
  await page.getByLabel("New due moment").fill("2031-05-04T10:15");
  await page.getByRole("button", { name: "Set date" }).click();
  await expect.poll(async () => (await e2eDb.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).dueAt.getUTCFullYear()).toBe(2031);
});

test("another user's follow-up cannot be edited or downloaded", async ({ page, user }) => {
  const owner = await createUser(e2eDb);
  const foreignId = (await createFollowUp(e2eDb, owner.id, { title: "Not yours" })).id;
  await page.goto(`/follow-ups/${foreignId}/edit`);
  await expect(page.getByText(/not found|could not be found/i).first()).toBeVisible();
  await expect(page.getByLabel("What")).toHaveCount(0);
  await expect(page.getByText(user.email)).toBeVisible();
  const ics = await page.request.get(`/api/follow-ups/${foreignId}/ics`);
  expect(ics.status()).toBe(404);
});
