import { e2eDb, userIdFor } from "./db";
import { expect, test } from "./fixtures";

test("settings: time zone and digest are saved; the calendar feed is served and can be revoked", async ({ page, user }) => {
  test.slow(); // two saves, a reload and two feed fetches
  await page.goto("/settings");
  await expect(page.getByRole("button", { name: `Account menu for ${user.email}` })).toBeVisible();
  const reminders = page.getByRole("region", { name: "Reminders" });
  await reminders.getByLabel("Time zone").selectOption("Australia/Sydney");
  await reminders.getByLabel("Daily digest").check();
  await reminders.getByLabel("Digest hour").selectOption("7");
  await reminders.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Preferences saved.")).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("Time zone")).toHaveValue("Australia/Sydney");
  await expect(page.getByLabel("Daily digest")).toBeChecked();
  await expect(page.getByLabel("Digest hour")).toHaveValue("7");
  await expect(page.getByRole("link", { name: /letter templates/i })).toHaveAttribute("href", "/settings/templates");

  const feedUrl = await page.getByLabel("Calendar feed").inputValue();
  expect(feedUrl).toMatch(/\/api\/calendar\/[A-Za-z0-9_-]+\.ics$/);
  await expect(page.getByRole("link", { name: /Subscribe/ })).toHaveAttribute("href", /^webcal:\/\//);
  const feed = await page.request.get(new URL(feedUrl).pathname);
  expect(feed.status()).toBe(200);
  expect(feed.headers()["content-type"]).toContain("text/calendar");
  expect(await feed.text()).toContain("BEGIN:VCALENDAR");

  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("region", { name: "Calendar" }).getByRole("button", { name: "Regenerate" }).click();
  await expect(page.getByText("The old one no longer works")).toBeVisible();
  await expect(page.getByLabel("Calendar feed")).not.toHaveValue(feedUrl);
  expect((await page.request.get(new URL(feedUrl).pathname)).status()).toBe(404);
});

test("settings: reminder time and weekdays only are saved, and after a save the form shows what was saved (issue 13)", async ({ page, user }) => {
  test.slow(); // two saves and a reload
  await page.goto("/settings");
  await expect(page.getByRole("button", { name: `Account menu for ${user.email}` })).toBeVisible();
  const reminders = page.getByRole("region", { name: "Reminders" });
  await expect(reminders.getByLabel("Reminder time")).toHaveValue("09:00");
  await expect(reminders.getByLabel("Weekdays only")).toBeChecked();

  await reminders.getByLabel("Time zone").selectOption("Europe/Berlin");
  await reminders.getByLabel("Digest hour").selectOption("7");
  await reminders.getByLabel("Reminder time").fill("08:30");
  await reminders.getByLabel("Weekdays only").uncheck();
  await reminders.getByRole("button", { name: "Save" }).click();
  await expect(reminders.getByText("Preferences saved.")).toBeVisible();
  // Without a reload: the saved values, not the ones the page was loaded with.
  await expect(reminders.getByLabel("Time zone")).toHaveValue("Europe/Berlin");
  await expect(reminders.getByLabel("Digest hour")).toHaveValue("7");
  await expect(reminders.getByLabel("Reminder time")).toHaveValue("08:30");
  await expect(reminders.getByLabel("Weekdays only")).not.toBeChecked();

  // Saving again keeps them (it used to put the old time zone back).
  await reminders.getByLabel("Daily digest").check();
  await reminders.getByRole("button", { name: "Save" }).click();
  const userId = await userIdFor(user.email);
  await expect
    .poll(() => e2eDb.user.findUniqueOrThrow({ where: { id: userId }, select: { timeZone: true, digestEnabled: true, digestHour: true, reminderMinutes: true, weekdaysOnly: true } }))
    .toEqual({ timeZone: "Europe/Berlin", digestEnabled: true, digestHour: 7, reminderMinutes: 8 * 60 + 30, weekdaysOnly: false });
  await page.reload();
  await expect(reminders.getByLabel("Time zone")).toHaveValue("Europe/Berlin");
  await expect(reminders.getByLabel("Digest hour")).toHaveValue("7");
  await expect(reminders.getByLabel("Reminder time")).toHaveValue("08:30");
  await expect(reminders.getByLabel("Weekdays only")).not.toBeChecked();
  await expect(reminders.getByLabel("Daily digest")).toBeChecked();

  // A time that is not one: a message on the field, nothing saved.
  await reminders.getByLabel("Reminder time").fill("");
  await reminders.getByRole("button", { name: "Save" }).click();
  await expect(reminders.getByText("Enter a time, like 09:00")).toBeVisible();
  await page.reload();
  await expect(reminders.getByLabel("Reminder time")).toHaveValue("08:30");
});
