import { addDays, format } from "date-fns";
import { expect, test } from "./fixtures";

test("an application's web address is completed with https://, and contradictory dates get a message on their field", async ({ page, user }) => {
  await page.goto("/applications/new");
  await expect(page.getByText(user.email)).toBeVisible();
  await page.getByLabel("Company").fill("Vandelay Industries");
  await page.getByLabel("Role").fill("Importer");
  await page.getByLabel("Status").selectOption("applied");
  await page.getByLabel("Posting URL").fill("vandelay.example/careers/pd");
  // Tomorrow wherever the browser is (the test user's zone follows it); a day in the future in any case.
  await page.getByLabel("Applied on").fill(format(addDays(new Date(), 2), "yyyy-MM-dd"));
  await page.getByRole("button", { name: "Save" }).click();

  const appliedOn = page.getByLabel("Applied on");
  await expect(appliedOn).toHaveAttribute("aria-invalid", "true");
  await expect(appliedOn).toHaveAccessibleDescription("That day is still to come: enter the day you sent the application");
  await expect(page.getByLabel("Posting URL")).not.toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Applied on").fill("2026-11-10");
  await page.getByLabel("Decision expected by").fill("2026-11-01");
  await page.getByRole("button", { name: "Save" }).click();
  const decision = page.getByLabel("Decision expected by");
  await expect(decision).toHaveAccessibleDescription("The decision cannot come before the day you applied: check both dates");
  await expect(page.getByLabel("Applied on")).not.toHaveAttribute("aria-invalid", "true");

  await page.getByLabel("Decision expected by").fill("2026-11-24");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Importer" })).toBeVisible();
  await expect(page.getByRole("link", { name: "https://vandelay.example/careers/pd" })).toHaveAttribute("href", "https://vandelay.example/careers/pd");
});

test("a contact's LinkedIn address typed without https:// is completed", async ({ page, user }) => {
  await page.goto("/contacts/new");
  await expect(page.getByText(user.email)).toBeVisible();
  await page.getByLabel("Name", { exact: true }).fill("Rita Ruiz");
  await page.getByLabel("LinkedIn URL").fill("www.linkedin.com/in/rita");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Rita Ruiz" })).toBeVisible();
  await expect(page.locator('a[href="https://www.linkedin.com/in/rita"]')).toBeVisible();
});
