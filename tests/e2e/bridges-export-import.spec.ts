// "Import a Bridges export" on /import: one account's JSON export, downloaded through its link,
// brought into a second account in a browser of its own; a file that is not an export is said so
// and imports nothing.
import { readFile } from "node:fs/promises";
import { createApplication, createCompany, createContact } from "../factories";
import { e2eDb, userIdFor } from "./db";
import { expect, formAlert, signInWithoutForm, test, uniqueClientAddress } from "./fixtures";

const jsonFile = (name: string, text: string) => ({ name, mimeType: "application/json", buffer: Buffer.from(text, "utf8") });

async function rowsOf(userId: string) {
  const where = { userId };
  const [applications, contacts, companies] = await Promise.all([e2eDb.application.count({ where }), e2eDb.contact.count({ where }), e2eDb.company.count({ where })]);
  return { applications, contacts, companies };
}

test("an export downloaded from one account imports into another; a file that is not an export imports nothing", async ({ page, user, browser }) => {
  test.slow(); // two accounts, two browsers, a download and an upload

  // Account A: a company, two contacts (one the referrer), two applications; exported by its link.
  const userId = await userIdFor(user.email);
  const company = await createCompany(e2eDb, userId, { name: "Northwind Labs" });
  const referrer = await createContact(e2eDb, userId, { name: "Rita Ortiz", companyId: company.id });
  await createContact(e2eDb, userId, { name: "Sam Lindqvist" });
  await createApplication(e2eDb, userId, { companyId: company.id, role: "Product Engineer", referrerId: referrer.id });
  await createApplication(e2eDb, userId, { companyId: company.id, role: "Platform Engineer" });
  await page.goto("/import");
  const downloading = page.waitForEvent("download");
  await page.getByRole("link", { name: /Download everything/ }).click();
  const exported = await readFile((await (await downloading).path())!, "utf8");

  // Account B, in a browser of its own (its own client address, as every test's browser has).
  const otherContext = await browser.newContext();
  await otherContext.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientAddress() });
  const other = await otherContext.newPage();
  const { email: otherEmail } = await signInWithoutForm(other);
  const otherId = await userIdFor(otherEmail);
  await other.goto("/import");
  const section = other.getByRole("region", { name: "Import a Bridges export" });
  const fileInput = section.getByLabel("Bridges export (JSON)");
  const importButton = section.getByRole("button", { name: "Import export" });

  // Not JSON, then JSON of the wrong shape: each said so on the form, nothing imported.
  await fileInput.setInputFiles(jsonFile("notes.json", "Rita Ortiz, Northwind Labs"));
  await importButton.click();
  await expect(formAlert(other)).toContainText("This file is not a Bridges export: it is not JSON");
  await fileInput.setInputFiles(jsonFile("other-tool.json", JSON.stringify({ format: "something else", applications: [{ role: "Product Engineer" }] })));
  await importButton.click();
  await expect(formAlert(other)).toContainText("This file is not a Bridges export");
  await expect(importButton).toBeEnabled();
  expect(await rowsOf(otherId)).toEqual({ applications: 0, contacts: 0, companies: 0 });

  // The real export: its counts said, and A's data on B's pages.
  await fileInput.setInputFiles(jsonFile("bridges-export.json", exported));
  await importButton.click();
  await expect(section.getByRole("status")).toHaveText("Imported 2 applications, 2 contacts, 1 company, with their timelines and settings.");
  expect(await rowsOf(otherId)).toEqual({ applications: 2, contacts: 2, companies: 1 });
  await section.getByRole("link", { name: "See your applications" }).click();
  await expect(other).toHaveURL(/\/applications$/);
  await expect(other.getByRole("link", { name: /Product Engineer/ }).first()).toBeVisible();
  await expect(other.getByRole("link", { name: /Platform Engineer/ }).first()).toBeVisible();
  await other.goto("/contacts");
  await expect(other.getByRole("link", { name: /Rita Ortiz/ }).first()).toBeVisible();
  await expect(other.getByRole("link", { name: /Sam Lindqvist/ }).first()).toBeVisible();

  // B now holds data: a second import is refused.
  await other.goto("/import");
  await fileInput.setInputFiles(jsonFile("bridges-export.json", exported));
  await importButton.click();
  await expect(formAlert(other)).toContainText("This account already holds data");
  expect(await rowsOf(otherId)).toEqual({ applications: 2, contacts: 2, companies: 1 });
  await otherContext.close();
});
