// "Import a Bridges export" on /import: one account's full JSON export brought into a new one,
// with a clear message for a file that is not an export and for an account that holds data.
import { createApplication, createCompany, createContact } from "../factories";
import { e2eDb, userIdFor } from "./db";
import { expect, formAlert, logOut, signUp, test } from "./fixtures";

const jsonFile = (name: string, text: string) => ({ name, mimeType: "application/json", buffer: Buffer.from(text, "utf8") });

test("an export from one account imports into a new one, and only into an empty one", async ({ page, user }) => {
  test.slow(); // two accounts, signed in one after the other
  const userId = await userIdFor(user.email);
  const company = await createCompany(e2eDb, userId, { name: "Northwind Labs" });
  const referrer = await createContact(e2eDb, userId, { name: "Rita Ortiz", companyId: company.id });
  await createApplication(e2eDb, userId, { companyId: company.id, role: "Product Engineer", referrerId: referrer.id });
  const exported = await page.request.get("/api/export/all.json");
  expect(exported.ok()).toBe(true);
  const file = jsonFile("bridges-export.json", await exported.text());

  await logOut(page);
  await signUp(page);
  await page.goto("/import");
  const section = page.getByRole("region", { name: "Import a Bridges export" });

  // Not an export: said so, nothing imported.
  await section.getByLabel("Bridges export (JSON)").setInputFiles(jsonFile("notes.json", '{"format":"something else"}'));
  await section.getByRole("button", { name: "Import export" }).click();
  await expect(formAlert(page)).toContainText("This file is not a Bridges export");

  await section.getByLabel("Bridges export (JSON)").setInputFiles(file);
  await section.getByRole("button", { name: "Import export" }).click();
  await expect(section.getByRole("status")).toHaveText("Imported 1 application, 1 contact, 1 company, with their timelines and settings.");
  await section.getByRole("link", { name: "See your applications" }).click();
  await expect(page.getByRole("link", { name: /Product Engineer/ }).first()).toBeVisible();

  // A second import into the now full account is refused.
  await page.goto("/import");
  await section.getByLabel("Bridges export (JSON)").setInputFiles(file);
  await section.getByRole("button", { name: "Import export" }).click();
  await expect(formAlert(page)).toContainText("This account already holds data");
});

test("the import route: signed out 401, another origin 403, over 8 MB 413 with its message", async ({ page, playwright, baseURL }) => {
  const url = "/api/import/bridges-export";
  const anonymous = await playwright.request.newContext({ baseURL });
  expect((await anonymous.post(url, { data: "{}" })).status()).toBe(401);
  await anonymous.dispose();

  await signUp(page);
  expect((await page.request.post(url, { data: "{}", headers: { Origin: "https://elsewhere.example" } })).status()).toBe(403);
  const tooLarge = await page.request.post(url, { data: Buffer.alloc(8 * 1024 * 1024 + 1, " "), headers: { "Content-Type": "application/json" } });
  expect(tooLarge.status()).toBe(413);
  expect((await tooLarge.json()).message).toContain("over 8 MB");
  const notJson = await page.request.post(url, { data: Buffer.from("not json"), headers: { "Content-Type": "application/json" } });
  expect(notJson.status()).toBe(400);
  expect((await notJson.json()).message).toContain("it is not JSON");
});
