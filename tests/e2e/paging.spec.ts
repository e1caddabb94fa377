import { createApplication, createCompany, createContact, createFollowUp } from "../factories";
import { e2eDb, userIdFor } from "./db";
import { expect, test } from "./fixtures";

// Long lists come in pages with Previous / Next under them ("Pages"), each page keeping the list's
// filters; a short list has no Previous or Next.
test("applications, contacts, companies and follow-ups page through a long list and keep its filter", async ({ page, user }) => {
  test.slow(); // 250 rows written before the pages load
  const userId = await userIdFor(user.email);
  const companies = await e2eDb.company.createManyAndReturn({
    data: Array.from({ length: 55 }, (_, i) => ({ userId, name: `Company ${String(i + 1).padStart(2, "0")}` })),
    select: { id: true },
  });
  await e2eDb.application.createMany({
    data: companies.slice(0, 30).map((company, i) => ({ userId, companyId: company.id, role: `Role ${i + 1}`, status: i % 2 ? "applied" : "wishlist" })),
  });
  await e2eDb.contact.createMany({ data: Array.from({ length: 27 }, (_, i) => ({ userId, name: `Person ${String(i + 1).padStart(2, "0")}` })) });
  await e2eDb.followUp.createMany({
    data: Array.from({ length: 26 }, (_, i) => ({ userId, title: `Check in ${i + 1}`, dueAt: new Date(Date.now() + (i + 2) * 86_400_000) })),
  });
  const pages = page.getByRole("navigation", { name: "Pages" });

  await page.goto("/applications");
  await expect(pages).toContainText("30 applications · page 1 of 2");
  await expect(pages.getByRole("link", { name: "Previous" })).toHaveCount(0);
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(pages).toContainText("page 2 of 2");
  await expect(page.getByRole("row")).toHaveCount(1 + 5);
  await pages.getByRole("link", { name: "Previous" }).click();
  await expect(pages).toContainText("page 1 of 2");
  // A filter narrows the list to one page: no Previous, no Next.
  await page.goto("/applications?status=applied");
  await expect(pages).toContainText("15 applications · page 1 of 1");
  await expect(pages.getByRole("link")).toHaveCount(0);

  // Next keeps the chosen order.
  await page.goto("/contacts?sort=name");
  await expect(pages).toContainText("27 contacts · page 1 of 2");
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page).toHaveURL(/sort=name/);
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole("link", { name: "Person 27" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Person 01" })).toHaveCount(0);

  await page.goto("/companies");
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page.getByRole("link", { name: "Company 55" })).toBeVisible();
  await expect(pages.getByRole("link", { name: "Next" })).toHaveCount(0);

  await page.goto("/follow-ups");
  await expect(pages).toContainText("26 open follow-ups · page 1 of 2");
  await pages.getByRole("link", { name: "Next" }).click();
  await expect(page.getByText("Check in 26", { exact: true })).toBeVisible();
  await expect(page.getByText("Check in 1", { exact: true })).toHaveCount(0);
});

test("a short list has no pager links", async ({ page, user }) => {
  const userId = await userIdFor(user.email);
  const company = await createCompany(e2eDb, userId, { name: "Solo Ltd" });
  await createApplication(e2eDb, userId, { companyId: company.id, role: "Only role" });
  await createContact(e2eDb, userId, { name: "Only Person" });
  await createFollowUp(e2eDb, userId, { title: "Only check-in" });
  for (const path of ["/applications", "/contacts"]) {
    await page.goto(path);
    await expect(page.getByRole("navigation", { name: "Pages" })).toContainText("page 1 of 1");
    await expect(page.getByRole("navigation", { name: "Pages" }).getByRole("link")).toHaveCount(0);
  }
  for (const path of ["/companies", "/follow-ups"]) {
    await page.goto(path);
    await expect(page.getByRole("navigation", { name: "Pages" })).toHaveCount(0);
  }
});
