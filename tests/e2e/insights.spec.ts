import AxeBuilder from "@axe-core/playwright";
import { expect, signInWithoutForm, test } from "./fixtures";

test.beforeEach(async ({ page }) => {
  await signInWithoutForm(page);
});

test("insights: an empty state first, then a funnel and weekly charts with their numbers in tables, and no serious accessibility issue", async ({ page }) => {
  test.slow(); // two axe runs and an import on a shared machine
  await page.goto("/insights");
  await expect(page.getByRole("heading", { name: "No applications to learn from yet" })).toBeVisible();

  await page.goto("/import");
  const file = ["Company,Role,Status,Applied on", "Acme,Engineer,Interview,2026-11-02", "Globex,Designer,Rejected,2026-11-03", "Initech,PM,Applied,2026-11-04", "Hooli,SRE,Offer,2026-11-05"].join("\n");
  await page.getByLabel("CSV file").setInputFiles({ name: "pipeline.csv", mimeType: "text/csv", buffer: Buffer.from(file) });
  await page.getByRole("button", { name: "Import 4 rows" }).click();
  await expect(page.getByRole("heading", { name: "Import finished" })).toBeVisible();

  await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Insights" }).click();
  await expect(page.getByRole("heading", { name: "Insights", level: 1 })).toBeVisible();
  const funnel = page.getByRole("table", { name: "Funnel" });
  await expect(funnel.getByRole("row", { name: /Applied/ })).toContainText("4 (100%)");
  await expect(funnel.getByRole("row", { name: /Interview/ })).toContainText("2 (50%)");
  await expect(funnel.getByRole("row", { name: /Offer/ })).toContainText("1 (25%)");
  await expect(page.getByRole("table", { name: "Applications per week" })).toBeAttached();
  await expect(page.getByText("Response rate")).toBeVisible();

  const results = await new AxeBuilder({ page }).analyze();
  expect(results.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""))).toEqual([]);

  await page.goto("/import");
  const importResults = await new AxeBuilder({ page }).analyze();
  expect(importResults.violations.filter((violation) => ["serious", "critical"].includes(violation.impact ?? ""))).toEqual([]);
});
