import { e2eDb, userIdFor } from "./db";
import { expect, formAlert, logIn, PASSWORD, signUp, test } from "./fixtures";

test("changing the password keeps this session and ends the others", async ({ page, browser }) => {
  test.slow(); // two devices and four password checks (argon2) in one story
  const { email } = await signUp(page);
  const otherDevice = await browser.newContext();
  const otherPage = await otherDevice.newPage();
  await logIn(otherPage, email);
  await expect(otherPage).toHaveURL(/\/dashboard$/);

  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Password" });
  await section.getByLabel("Current password").fill("not it at all");
  await section.getByLabel("New password").fill("an entirely new passphrase");
  await section.getByRole("button", { name: "Change password" }).click();
  await expect(section.getByText("Your current password is not correct")).toBeVisible();

  await section.getByLabel("Current password").fill(PASSWORD);
  await section.getByLabel("New password").fill("an entirely new passphrase");
  await section.getByRole("button", { name: "Change password" }).click();
  await expect(section.getByText(/Password changed/)).toBeVisible();

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard$/);
  await otherPage.goto("/dashboard");
  await expect(otherPage).toHaveURL(/\/login/);
  await otherDevice.close();

  const fresh = await browser.newPage();
  await logIn(fresh, email, PASSWORD);
  await expect(formAlert(fresh)).toHaveText(/do not match/);
  await logIn(fresh, email, "an entirely new passphrase");
  await expect(fresh).toHaveURL(/\/dashboard$/);
  await fresh.close();
});

test("deleting the account needs the e-mail typed, then removes it and ends the session", async ({ page, browser }) => {
  const { email } = await signUp(page);
  const userId = await userIdFor(email);
  await e2eDb.contact.create({ data: { userId, name: "Someone Kind" } });
  const cookies = await page.context().cookies();

  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Delete account" });
  await section.getByLabel(`Type ${email} to confirm`).fill("nope");
  await section.getByRole("button", { name: "Delete my account" }).click();
  // The server's refusal, on the field (the label says the same words, so check the field itself).
  const confirmation = section.getByLabel(`Type ${email} to confirm`);
  await expect(confirmation).toHaveAttribute("aria-invalid", "true");
  await expect(confirmation).toHaveAccessibleDescription(`Type ${email} to confirm`);
  expect(await e2eDb.user.count({ where: { id: userId } })).toBe(1);

  await section.getByLabel(`Type ${email} to confirm`).fill(email);
  await section.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/signup/);
  expect(await e2eDb.user.count({ where: { id: userId } })).toBe(0);
  expect(await e2eDb.contact.count({ where: { userId } })).toBe(0);

  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const stolen = await replay.newPage();
  await stolen.goto("/dashboard");
  await expect(stolen).toHaveURL(/\/login/);
  await replay.close();
});

test("keep-in-touch defaults are saved per role and refuse nonsense", async ({ page, user }) => {
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "Keep-in-touch cadences" });
  await section.getByLabel("Hiring manager (days)").fill("60");
  await section.getByLabel("Recruiter (days)").fill("0");
  await section.getByRole("button", { name: "Save cadences" }).click();
  await expect(section.getByText("Choose between 1 and 730 days")).toBeVisible();
  // A refused save keeps what was typed, so only the wrong field needs fixing.
  await expect(section.getByLabel("Recruiter (days)")).toHaveValue("0");
  await expect(section.getByLabel("Hiring manager (days)")).toHaveValue("60");

  await section.getByLabel("Recruiter (days)").fill("45");
  await section.getByRole("button", { name: "Save cadences" }).click();
  await expect(section.getByText(/Saved/)).toBeVisible();
  const row = await e2eDb.user.findUniqueOrThrow({ where: { email: user.email }, select: { cadenceDefaults: true } });
  expect(row.cadenceDefaults).toEqual({ recruiter: 45, hiring_manager: 60 });
});

test.afterAll(async () => {
  await e2eDb.$disconnect();
});
