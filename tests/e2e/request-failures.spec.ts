// A request that fails before its action can answer — a body over the limit (413), the network —
// ends on the form's own message with what the user typed kept, or, for the import, on a message
// and a "Try again" that carries on from where it stopped. Never a page stuck on "Importing…".
import { createApplication } from "../factories";
import { serverActionsInBuild } from "../support/actions";
import { e2eDb, userIdFor } from "./db";
import { expect, formAlert, signUp, test } from "./fixtures";

test("a note over the body limit: the form says it is too large and keeps the text", async ({ page }) => {
  test.slow(); // a megabyte typed into a textarea
  await signUp(page);
  await page.goto("/contacts/new");
  await page.getByLabel("Name").fill("Priya Nakamura");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Priya Nakamura" })).toBeVisible();

  const note = page.getByLabel("Note", { exact: true });
  await note.fill(`Long notes ${"x".repeat(1_100_000)}`);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(formAlert(page)).toContainText("That is too large to send in one go (over 1 MB)");
  await expect(note).toHaveValue(/^Long notes x+$/);
});

const csvFile = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

test("a CSV of control characters imports in pieces sized as sent, instead of hanging on Importing…", async ({ page }) => {
  test.slow();
  await signUp(page);
  await page.goto("/import");
  // ~0.9 MB of vertical tabs: six bytes each once JSON-escaped, so 5 MB on the wire.
  const tabs = "\u000b".repeat(300);
  const rows = Array.from({ length: 1000 }, (_, index) => `Person ${index},${tabs},${tabs},${tabs}`);
  await page.getByLabel("CSV file").setInputFiles(csvFile("tabs.csv", `Name,Notes,Title,How met\n${rows.join("\n")}\n`));
  await page.getByLabel("The file holds").selectOption("contacts");
  await page.getByRole("button", { name: "Import 1,000 rows" }).click();
  await expect(page.getByRole("heading", { name: /Import (finished|stopped)/ })).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole("heading", { name: "Import finished" })).toBeVisible();
});

test("an import request that fails shows a message and a Try again that finishes the import", async ({ page }) => {
  await signUp(page);
  await page.goto("/import");
  await page.getByLabel("CSV file").setInputFiles(csvFile("people.csv", "Name,Email\nAna López,ana@example.test\nBen Okafor,ben@example.test\n"));
  await page.getByLabel("The file holds").selectOption("contacts");
  await expect(page.getByRole("button", { name: "Import 2 rows" })).toBeEnabled();

  // The first import request dies on the way (the preview's requests go through).
  const importChunk = serverActionsInBuild().find((action) => action.name === "importChunkAction")!;
  let failed = false;
  await page.route("**/import", async (route) => {
    if (!failed && route.request().headers()["next-action"] === importChunk.id) {
      failed = true;
      return route.abort("connectionreset");
    }
    return route.continue();
  });
  await page.getByRole("button", { name: "Import 2 rows" }).click();
  await expect(formAlert(page)).toContainText("That did not go through. Check your connection and try again.");
  expect(failed).toBe(true);

  await page.getByRole("button", { name: "Try again" }).click();
  await expect(page.getByRole("heading", { name: "Import finished" })).toBeVisible();
  await expect(page.getByRole("definition").nth(0)).toHaveText("2");
});

// Forms that were on plain useActionState showed the error page on a 413.
test("a letter over the body limit: the editor says it is too large and keeps the text", async ({ page, user }) => {
  test.slow();
  const userId = await userIdFor(user.email);
  const letter = await e2eDb.letter.create({ data: { userId, kind: "check_in", recipientName: "Rita Ortiz", subject: "Checking in", body: "Dear Rita," } });
  await page.goto(`/letters/${letter.id}`);
  const body = page.getByLabel("Body");
  await body.fill(`Dear Rita, ${"x".repeat(1_100_000)}`);
  await page.getByRole("button", { name: "Save draft" }).click();
  await expect(formAlert(page)).toContainText("That is too large to send in one go (over 1 MB)");
  await expect(body).toHaveValue(/^Dear Rita, x+$/);
});

test("a rejection whose feedback is over the body limit: the form says so and keeps what was typed", async ({ page, user }) => {
  test.slow();
  const userId = await userIdFor(user.email);
  const application = await createApplication(e2eDb, userId, { status: "interviewing" });
  await page.goto(`/applications/${application.id}/rejection`);
  await page.getByLabel("Received on").fill("2026-11-20");
  const feedback = page.getByLabel("Feedback");
  await feedback.fill(`Kind words ${"x".repeat(1_100_000)}`);
  await page.getByRole("button", { name: "Save rejection" }).click();
  await expect(formAlert(page)).toContainText("That is too large to send in one go (over 1 MB)");
  await expect(feedback).toHaveValue(/^Kind words x+$/);
  await expect(page.getByLabel("Received on")).toHaveValue("2026-11-20");
});
