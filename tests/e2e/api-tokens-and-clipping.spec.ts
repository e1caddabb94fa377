import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, signInWithoutForm, test } from "./fixtures";

const POSTING_URL = "https://jobs.lever.co/hooli/backend-engineer-search";
const postingHtml = readFileSync(path.join(__dirname, "../fixtures/postings/lever.html"), "utf8");

// Sign-up, a few pages and a second tab: more than the default on a busy two-core machine.
test.describe.configure({ timeout: 60_000 });

test("API tokens: created in Settings and shown once, they work on /api/v1 until revoked", async ({ page }) => {
  await signInWithoutForm(page);
  await page.goto("/settings");
  const section = page.getByRole("region", { name: "API tokens" });
  await section.getByLabel("Token name").fill("Laptop script");
  await section.getByRole("button", { name: "Create token" }).click();
  const secret = (await section.getByTestId("new-token").textContent())!.trim();
  expect(secret).toMatch(/^brg_[A-Za-z0-9_-]{43}$/);

  const created = await page.request.post("/api/v1/applications", {
    headers: { Authorization: `Bearer ${secret}`, "Idempotency-Key": "e2e-1" },
    data: { company: "Scripted Co", role: "API Engineer", status: "wishlist" },
  });
  expect(created.status()).toBe(201);
  const openapi = await page.request.get("/api/v1/openapi.json");
  expect((await openapi.json()).openapi).toBe("3.1.0");

  await page.reload();
  await expect(section.getByTestId("new-token")).toHaveCount(0);
  await expect(section.getByText("Laptop script")).toBeVisible();
  await expect(section.getByText(/Last used/)).toBeVisible();
  page.once("dialog", (dialog) => void dialog.accept());
  await section.getByRole("button", { name: "Revoke" }).click();
  await expect(section.getByText("Revoked", { exact: false }).first()).toBeVisible();
  const refused = await page.request.get("/api/v1/applications", { headers: { Authorization: `Bearer ${secret}` } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toContain("application/problem+json");
});

test("the Save to Bridges bookmarklet opens a new application filled in from the posting", async ({ page, context }) => {
  await signInWithoutForm(page);
  await page.goto("/settings");
  const link = page.getByRole("link", { name: "Save to Bridges" });
  await expect(link).toHaveAttribute("href", /^javascript:/);
  const href = (await link.getAttribute("href"))!;

  // The posting, served as if from the job board (no network needed).
  await context.route(POSTING_URL, (route) => route.fulfill({ status: 200, contentType: "text/html", body: postingHtml }));
  const posting = await context.newPage();
  await posting.goto(POSTING_URL);
  const popupOpened = context.waitForEvent("page");
  // Clicking a bookmark runs its javascript: URL in the page; evaluating the same source does that here.
  await posting.evaluate(decodeURIComponent(href.slice("javascript:".length)));
  const popup = await popupOpened;

  await expect(popup.getByText("Filled in from the posting")).toBeVisible();
  await expect(popup.getByLabel("Company")).toHaveValue("Hooli");
  await expect(popup.getByLabel("Role")).toHaveValue("Backend Engineer (Search)");
  await expect(popup.getByLabel("Status")).toHaveValue("wishlist");
  await expect(popup.getByLabel("Posting URL")).toHaveValue(POSTING_URL);
  await expect(popup.getByLabel("Posting description")).toHaveValue(/We index the world/);
  await popup.getByRole("button", { name: "Save" }).click();
  await expect(popup).toHaveURL(/\/applications\/[\w-]+$/);
  await expect(popup.getByRole("heading", { name: /Backend Engineer \(Search\)/ })).toBeVisible();
  await popup.getByText("Clipped from jobs.lever.co").click();
  await expect(popup.getByText("We index the world.")).toBeVisible();
});
