import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signInWithoutForm, test } from "./fixtures";

async function seriousAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  return results.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

test.beforeEach(async ({ page }) => {
  await signInWithoutForm(page);
});

const LINKEDIN = `Notes:
"When exporting your connection data, you may notice that some of the email addresses are missing."

First Name,Last Name,URL,Email Address,Company,Position,Connected On
Ana,López,https://www.linkedin.com/in/ana,ana@example.test,Acme Robotics,Head of Talent,12 Mar 2024
Ben,Okafor,https://www.linkedin.com/in/ben,,Globex,Engineer,03 Jan 2023
Bad,Url,ftp://nope,,,,01 Jan 2023
`;

const csvFile = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

test("LinkedIn connections: recognised, previewed with the bad row flagged, imported, and not duplicated the second time", async ({ page }) => {
  test.slow(); // two full imports
  await page.goto("/import");
  await page.getByLabel("CSV file").setInputFiles(csvFile("Connections.csv", LINKEDIN));

  await expect(page.getByLabel("Format")).toHaveValue("linkedin");
  await expect(page.getByLabel("The file holds")).toHaveValue("contacts");
  await expect(page.getByRole("status").filter({ hasText: "Connections.csv" })).toContainText("3 rows below the header (row 4)");
  await expect(page.getByLabel("Email", { exact: true })).toHaveValue("3");

  const preview = page.getByRole("table", { name: "Preview of the first rows to import" });
  await expect(preview.getByRole("row").filter({ hasText: "ftp://nope" })).toContainText("LinkedIn URL: Enter a web address starting with https://");
  await expect(preview.getByRole("row").filter({ hasText: "ana@example.test" })).not.toContainText("LinkedIn URL:");

  // The bad row is counted out before the button says how many rows will go in.
  await expect(page.getByText("2 of 3 rows will be imported; 1 will be skipped for the problems shown.")).toBeVisible();
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByRole("heading", { name: "Import finished" })).toBeVisible();
  await expect(page.getByRole("definition").nth(0)).toHaveText("2");
  await expect(page.getByText("Row 7: LinkedIn URL: Enter a web address starting with https://")).toBeVisible();

  await page.getByRole("button", { name: "Import another file" }).click();
  await page.getByLabel("CSV file").setInputFiles(csvFile("Connections.csv", LINKEDIN));
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(page.getByRole("heading", { name: "Import finished" })).toBeVisible();
  await expect(page.getByText("2 already imported, nothing to change")).toBeVisible();
  await expect(page.getByRole("definition").nth(0)).toHaveText("0");

  await page.getByRole("link", { name: "See contacts" }).click();
  await expect(page.getByText("Ana López").first()).toBeVisible();
  // "Head of Talent" on LinkedIn: a recruiter, not "Other".
  await page.getByRole("link", { name: "Ana López" }).first().click();
  await expect(page.getByText(/^Recruiter · Head of Talent/)).toBeVisible();
});

const SPREADSHEET = [
  "Company,Role,Date Applied,Link",
  "Vandelay Industries,Importer,11/18/2026,vandelay.example/careers/pd",
  "Globex,Engineer,18.11.2026,https://globex.example/jobs/1",
  'Initech,Analyst,"Nov 18, 2026",',
  "Hooli,Designer,someday,",
].join("\n");

test.describe("dates and addresses as people export them", () => {
  test.use({ locale: "en-US" });

  test("fixable cells are fixed, the button counts only the rows that will go in, and the posting link gets https://", async ({ page }) => {
    test.slow(); // an accessibility scan, an import and two pages
    await page.goto("/import");
    await page.getByLabel("CSV file").setInputFiles(csvFile("pipeline.csv", SPREADSHEET));
    const preview = page.getByRole("table", { name: "Preview of the first rows to import" });
    await expect(preview.getByRole("row").filter({ hasText: "someday" })).toContainText("Applied on: Enter a real date like 2026-11-26");
    for (const fixable of ["11/18/2026", "18.11.2026", "Nov 18, 2026"]) {
      await expect(preview.getByRole("row").filter({ hasText: fixable })).not.toContainText("Applied on:");
    }
    await expect(preview.getByRole("row").filter({ hasText: "vandelay.example" })).not.toContainText("Posting URL:");
    await expect(page.getByText("3 of 4 rows will be imported; 1 will be skipped for the problems shown.")).toBeVisible();
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByRole("button", { name: "Import 3 rows" }).click();
    await expect(page.getByRole("heading", { name: "Import finished" })).toBeVisible();
    await expect(page.getByRole("definition").nth(0)).toHaveText("3");

    await page.getByRole("link", { name: "See applications" }).click();
    await page.getByRole("link", { name: /Importer/ }).first().click();
    await expect(page.getByRole("link", { name: "https://vandelay.example/careers/pd" })).toBeVisible();
  });
});

test.describe("in a day-first locale", () => {
  test.use({ locale: "en-GB" });

  test("03/04/2027 is the 3rd of April, and 11/18/2026 can still only be 18 November", async ({ page }) => {
    await page.goto("/import");
    const file = ["Company,Role,Date Applied,Decision date", "Vandelay Industries,Importer,11/18/2026,03/04/2027"].join("\n");
    await page.getByLabel("CSV file").setInputFiles(csvFile("pipeline.csv", file));
    await page.getByRole("button", { name: "Import 1 row" }).click();
    await expect(page.getByRole("heading", { name: "Import finished" })).toBeVisible();
    await page.getByRole("link", { name: "See applications" }).click();
    await page.getByRole("link", { name: /Importer/ }).first().click();
    await expect(page.getByText(/3 Apr(il)? 2027/)).toBeVisible();
    await expect(page.getByText(/18 Nov(ember)? 2026/).first()).toBeVisible();
  });
});

test("a spreadsheet with an unusual header: fix the mapping, import with progress, find the rows in Applications", async ({ page }) => {
  test.slow(); // 4,500 rows through the browser and the server
  const rows = Array.from({ length: 4500 }, (_, i) => `Firm ${i % 40},Role ${i},2026-10-${String(1 + (i % 28)).padStart(2, "0")},Remark ${i}`);
  const file = ["Firm,Position,Date Applied,Remarks", ...rows].join("\n");

  await page.goto("/import");
  await page.getByLabel("CSV file").setInputFiles(csvFile("pipeline.csv", file));
  await expect(page.getByLabel("The file holds")).toHaveValue("applications");
  // "Firm" is not a header Bridges knows: the preview asks for it until the user maps it.
  await expect(page.getByText("Choose the column that holds the Company.")).toBeVisible();
  await page.getByLabel("Company", { exact: true }).selectOption({ label: "A: Firm" });
  await page.getByLabel("Notes", { exact: true }).selectOption({ label: "D: Remarks" });
  await expect(page.getByRole("table", { name: "Preview of the first rows to import" })).toContainText("Remark 0");
  // The server has checked the preview rows; from here on, every POST is a chunk of the import.
  await expect(page.getByText("They all look fine.")).toBeVisible();

  // Hold the second chunk until the progress of the first one has been seen.
  let releaseSecond!: () => void;
  const secondMayGo = new Promise<void>((resolve) => (releaseSecond = resolve));
  let posts = 0;
  await page.route("**/import", async (route) => {
    if (route.request().method() === "POST" && ++posts === 2) await secondMayGo;
    await route.continue();
  });
  await page.getByRole("button", { name: "Import 4,500 rows" }).click();
  await expect(page.getByRole("progressbar", { name: "Import progress" })).toBeVisible();
  await expect(page.getByText("Imported 2,000 of 4,500 rows…")).toBeVisible();
  releaseSecond();

  await expect(page.getByRole("heading", { name: "Import finished" })).toBeVisible({ timeout: 30_000 });
  await expect(page.getByRole("definition").nth(0)).toHaveText("4,500");
  await page.getByRole("link", { name: "See applications" }).click();
  await expect(page.getByText(/^Firm \d+$/).first()).toBeVisible();
});

test("a file that is not a table is refused with a message, and nothing is imported", async ({ page }) => {
  await page.goto("/import");
  await page.getByLabel("CSV file").setInputFiles(csvFile("empty.csv", "just one line\n"));
  await expect(page.getByRole("alert").filter({ hasText: "no rows to import" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import \d/ })).toHaveCount(0);
});
