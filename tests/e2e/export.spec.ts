import { expect, signInWithoutForm, test } from "./fixtures";

const ROUTES = [
  "/api/export/applications.csv",
  "/api/export/contacts.csv",
  "/api/export/follow-ups.csv",
  "/api/export/letters.csv",
  "/api/export/all.json",
  "/api/export/contacts.vcf",
];

test("every export answers 401 to a visitor who is not signed in", async ({ request }) => {
  for (const route of ROUTES) {
    const response = await request.get(route, { maxRedirects: 0 });
    expect(response.status(), route).toBe(401);
  }
});

test("a signed-in user downloads their own data, and another user gets none of it", async ({ page, browser, user }) => {
  // Give the first user an application and a contact through the import page.
  await page.goto("/import");
  await page.getByLabel("CSV file").setInputFiles({ name: "a.csv", mimeType: "text/csv", buffer: Buffer.from("Company,Role\n=Evil Corp,Secret Role Alpha\n") });
  await page.getByRole("button", { name: "Import 1 row" }).click();
  await expect(page.getByRole("heading", { name: "Import finished" })).toBeVisible();

  await expect(page.getByRole("link", { name: /Download applications/ })).toHaveAttribute("href", "/api/export/applications.csv");
  const csv = await page.request.get("/api/export/applications.csv");
  expect(csv.status()).toBe(200);
  expect(csv.headers()["content-type"]).toContain("text/csv");
  expect(csv.headers()["content-disposition"]).toMatch(/attachment; filename="bridges-applications-\d{4}-\d{2}-\d{2}\.csv"/);
  const body = await csv.body();
  expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect(body.toString("utf8")).toContain(`"'=Evil Corp",Secret Role Alpha`);

  const json = await page.request.get("/api/export/all.json");
  const everything = await json.json();
  expect(everything.user.email).toBe(user.email);
  expect(JSON.stringify(everything)).not.toMatch(/passwordHash|\$argon2/);
  expect(everything.data.Application).toHaveLength(1);

  const vcf = await page.request.get("/api/export/contacts.vcf");
  expect(vcf.headers()["content-type"]).toContain("text/vcard");

  const other = await browser.newContext();
  const otherPage = await other.newPage();
  await signInWithoutForm(otherPage);
  for (const route of ROUTES) {
    const response = await otherPage.request.get(route);
    expect(response.status(), route).toBe(200);
    expect(await response.text(), route).not.toContain("Secret Role Alpha");
  }
  await other.close();
});
