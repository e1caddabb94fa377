// A request that fails before its action can answer — a body over the limit (413), the network —
// ends on the form's own message with what the user typed kept, or, for the import, on a message
// and a "Try again" that carries on from where it stopped. Never a page stuck on "Importing…".
import type { Page } from "@playwright/test";
import { EMAIL_LINK_TTL_MS, newEmailToken } from "../../lib/auth/email-token";
import { createApplication, createUser } from "../factories";
import { serverActionsInBuild } from "../support/actions";
import { e2eDb, userIdFor } from "./db";
import { expect, formAlert, PASSWORD, signInWithoutForm, test, uniqueEmail } from "./fixtures";

test("a note over the body limit: the form says it is too large and keeps the text", async ({ page }) => {
  test.slow(); // a megabyte typed into a textarea
  await signInWithoutForm(page);
  await page.goto("/contacts/new");
  await page.getByLabel("Name").fill("Priya Nakamura");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Priya Nakamura" })).toBeVisible();

  const note = page.getByLabel("Note", { exact: true });
  await note.fill(`Long notes ${"x".repeat(1_100_000)}`);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(formAlert(page)).toContainText("That is too large to send in one go (over 1 MB)");
  await expect(note).toHaveValue(/^Long notes x+$/);

  // Shortened, it goes through: the refused text does not ride along in the form's state.
  await note.fill("Long notes, shortened");
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByTestId("note").getByText("Long notes, shortened")).toBeVisible();
  await expect(formAlert(page)).toHaveCount(0);
});

const csvFile = (name: string, text: string) => ({ name, mimeType: "text/csv", buffer: Buffer.from(text, "utf8") });

test("a CSV of control characters imports in pieces sized as sent, instead of hanging on Importing…", async ({ page }) => {
  test.slow();
  await signInWithoutForm(page);
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
  await signInWithoutForm(page);
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

// The sign-in forms, too: a body over the limit is the form's message, and the form still does its
// job afterwards (the redirect that follows a sign-in, a sign-up or a reset included).
const TOO_LARGE = "That is too large to send in one go (over 1 MB)";
const oversizedEmail = () => `${"x".repeat(1_100_000)}@example.test`;

/** The 413's message on the form, which stays where it was. */
async function expectTooLarge(page: Page, url: RegExp) {
  await expect(formAlert(page)).toContainText(TOO_LARGE);
  await expect(page).toHaveURL(url);
}

test("log in with a body over the limit: the form says it is too large, then logs in", async ({ page }) => {
  test.slow(); // a megabyte typed into a field
  const email = uniqueEmail("large");
  await createUser(e2eDb, { email, password: PASSWORD, name: null });
  await page.goto("/login");
  await page.getByLabel("Email").fill(oversizedEmail());
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expectTooLarge(page, /\/login$/);
  await expect(page.getByLabel("Email")).toHaveValue(/^x+@example\.test$/);

  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("sign up with a body over the limit: the form says it is too large, then signs up", async ({ page }) => {
  test.slow();
  await page.goto("/signup");
  await page.getByLabel("Email").fill(oversizedEmail());
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign up" }).click();
  await expectTooLarge(page, /\/signup$/);
  await expect(page.getByLabel("Email")).toHaveValue(/^x+@example\.test$/);

  await page.getByLabel("Email").fill(uniqueEmail("large"));
  await page.getByLabel("Password").fill(PASSWORD);
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page).toHaveURL(/\/signup\/check-email$/);
});

test("forgot password with a body over the limit: the form says it is too large, then sends the link", async ({ page }) => {
  test.slow();
  await page.goto("/forgot-password");
  await page.getByLabel("Email").fill(oversizedEmail());
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expectTooLarge(page, /\/forgot-password$/);
  await expect(page.getByLabel("Email")).toHaveValue(/^x+@example\.test$/);

  await page.getByLabel("Email").fill(uniqueEmail("large"));
  await page.getByRole("button", { name: "Send reset link" }).click();
  await expect(page.getByRole("status")).toContainText("If an account uses that address");
});

test("a new password over the limit: the form says it is too large, then sets the password", async ({ page }) => {
  test.slow();
  const email = uniqueEmail("large");
  await createUser(e2eDb, { email, password: PASSWORD, name: null });
  // The link's token as request-password-reset.ts stores it (the e-mail itself is tested in account-mail.spec.ts).
  const { token, tokenHash } = newEmailToken();
  await e2eDb.passwordReset.create({ data: { email, tokenHash, expiresAt: new Date(Date.now() + EMAIL_LINK_TTL_MS) } });
  await page.goto(`/reset-password?token=${token}`);
  await page.getByLabel("New password").fill("x".repeat(1_100_000));
  await page.getByRole("button", { name: "Set password" }).click();
  await expectTooLarge(page, /\/reset-password\?token=/);
  expect(await e2eDb.passwordReset.count({ where: { tokenHash, usedAt: null } })).toBe(1);

  await page.getByLabel("New password").fill("a new passphrase after the failed try");
  await page.getByRole("button", { name: "Set password" }).click();
  await expect(page).toHaveURL(/\/login\?reset=1$/);
});
