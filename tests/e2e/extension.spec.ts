import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium, expect, test, type BrowserContext, type Page } from "@playwright/test";
import { CHROMIUM_EXTENSION_ID } from "../../extension/manifest";
import { buildExtension } from "../../scripts/lib/build-extension";
import { signInWithoutForm } from "./fixtures";

const POSTING_ORIGIN = "https://careers.northwind.example";
const POSTING_URL = `${POSTING_ORIGIN}/jobs/7`;
const postingHtml = readFileSync(path.join(__dirname, "../fixtures/postings/json-ld-full.html"), "utf8");
const extensionPage = (name: string) => `chrome-extension://${CHROMIUM_EXTENSION_ID}/${name}`;

// A build, a browser of its own, sign-up and several pages: more than the default on a busy machine.
test.describe.configure({ timeout: 120_000 });

let outDir: string;
let extensionDir: string;

test.beforeAll(async () => {
  // The extension as `npm run build:extension` builds it, into a folder of this run.
  outDir = mkdtempSync(path.join(os.tmpdir(), "bridges-extension-"));
  const chromiumBuild = (await buildExtension(outDir)).find((built) => built.browser === "chromium")!;
  extensionDir = chromiumBuild.dir;
  // activeTab is granted by a click on the toolbar button, which no automation can make; a host
  // permission for the posting's site stands in for that grant. Nothing else differs.
  const manifestPath = path.join(extensionDir, "manifest.json");
  const manifest = JSON.parse(readFileSync(manifestPath, "utf8"));
  writeFileSync(manifestPath, JSON.stringify({ ...manifest, host_permissions: [`${POSTING_ORIGIN}/*`] }));
});

test.afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** Chromium with the built extension loaded, in the new headless mode, which runs extensions. */
async function launchWithExtension(baseURL: string, launchOptions: { executablePath?: string; args?: string[] }): Promise<BrowserContext> {
  return chromium.launchPersistentContext("", {
    executablePath: launchOptions.executablePath,
    headless: true,
    baseURL,
    args: [...(launchOptions.args ?? []), `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
}

/** The browser's id of the posting's tab, asked from an extension page (tabs.query matches URLs the extension may read). */
async function tabIdOf(extensionTab: Page, url: string): Promise<number> {
  const ids = await extensionTab.evaluate(async (pattern) => {
    const { chrome } = globalThis as unknown as { chrome: { tabs: { query(query: { url: string }): Promise<{ id?: number }[]> } } };
    return (await chrome.tabs.query({ url: pattern })).map((tab) => tab.id);
  }, url);
  expect(ids).toHaveLength(1);
  return ids[0]!;
}

test("the extension saves the posting in front to Bridges through its popup, then offers the saved one instead of a duplicate", async ({ baseURL, launchOptions }) => {
  const context = await launchWithExtension(baseURL!, launchOptions);
  try {
    // The posting, served as if from the company's careers site (no network needed).
    await context.route(`${POSTING_ORIGIN}/**`, (route) => route.fulfill({ status: 200, contentType: "text/html", body: postingHtml }));
    const posting = await context.newPage();
    await posting.goto(POSTING_URL);

    // Not connected yet: the popup says what to do.
    const popup = await context.newPage();
    await popup.goto(extensionPage("popup.html"));
    const popupUrl = `${extensionPage("popup.html")}?tab=${await tabIdOf(popup, `${POSTING_ORIGIN}/*`)}`;
    await popup.goto(popupUrl);
    await expect(popup.getByRole("status")).toHaveText(/Connect the extension to your Bridges first/);

    // A token from Settings, pasted once into the extension's options.
    const app = await context.newPage();
    await signInWithoutForm(app);
    await app.goto("/settings");
    const tokens = app.getByRole("region", { name: "API tokens" });
    await tokens.getByLabel("Token name").fill("Browser extension");
    await tokens.getByRole("button", { name: "Create token" }).click();
    const token = (await tokens.getByTestId("new-token").textContent())!.trim();

    const options = await context.newPage();
    await options.goto(extensionPage("options.html"));
    await expect(options.getByText(`chrome-extension://${CHROMIUM_EXTENSION_ID}`)).toBeVisible();
    await options.getByLabel("API token").fill("not a token");
    await options.getByLabel("Bridges address").fill(baseURL!);
    await options.getByRole("button", { name: "Save" }).click();
    await expect(options.getByText("Paste a token from Bridges")).toBeVisible();
    await options.getByLabel("API token").fill(token);
    await options.getByRole("button", { name: "Save" }).click();
    await expect(options.getByRole("status")).toHaveText("Saved, and connected: Bridges accepts the token.");

    // The popup shows what it read; the user picks the status and adds tags, then saves.
    await popup.goto(popupUrl);
    await expect(popup.getByLabel("Company")).toHaveValue("Northwind Labs");
    await expect(popup.getByLabel("Role")).toHaveValue("Senior Platform Engineer");
    await expect(popup.getByLabel("Status")).toHaveValue("wishlist");
    await expect(popup.getByText("Berlin, DE")).toBeVisible();
    await popup.getByLabel("Status").selectOption({ label: "Applied" });
    await popup.getByLabel("Tags").fill("platform, Berlin");
    await popup.getByRole("button", { name: "Save to Bridges" }).click();
    await expect(popup.getByRole("status")).toHaveText("Senior Platform Engineer at Northwind Labs is in Bridges.");
    const openLink = popup.getByRole("link", { name: "Open in Bridges" });
    const applicationUrl = (await openLink.getAttribute("href"))!;
    expect(applicationUrl).toMatch(new RegExp(`^${baseURL}/applications/[\\w-]+$`));

    // It is in /applications, with what the popup sent and the posting's text.
    await app.goto("/applications");
    await app.getByRole("link", { name: "Senior Platform Engineer" }).click();
    await expect(app).toHaveURL(applicationUrl);
    await expect(app.getByRole("heading", { name: /Senior Platform Engineer/ })).toBeVisible();
    await expect(app.getByText("platform, berlin", { exact: true })).toBeVisible();
    await expect(app.getByText("Applied on")).toBeVisible();
    await app.getByText(`Clipped from ${new URL(POSTING_ORIGIN).host}`).click();
    await expect(app.getByText("What you will do")).toBeVisible();

    // The same posting again: the popup offers the saved application rather than a second one.
    await popup.goto(popupUrl);
    await expect(popup.getByRole("heading", { name: "Already in Bridges" })).toBeVisible();
    await expect(popup.getByRole("button", { name: "Save to Bridges" })).toBeHidden();
    const existing = popup.getByRole("link", { name: "Open Senior Platform Engineer at Northwind Labs" });
    await expect(existing).toHaveAttribute("href", applicationUrl);
    const opened = context.waitForEvent("page");
    await existing.click();
    await expect(await opened).toHaveURL(applicationUrl);
    await popup.getByRole("button", { name: "Save a new one anyway" }).click();
    await expect(popup.getByRole("button", { name: "Save to Bridges" })).toBeVisible();

    await app.goto("/applications");
    await expect(app.getByRole("link", { name: "Senior Platform Engineer" })).toHaveCount(1);
  } finally {
    await context.close();
  }
});
