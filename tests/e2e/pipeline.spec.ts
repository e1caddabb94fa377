import { expect, formAlert, logOut, signInWithoutForm, test } from "./fixtures";

const unique = () => Math.random().toString(36).slice(2, 7);

async function createApplicationViaForm(page: import("@playwright/test").Page, company: string, role: string) {
  await page.goto("/applications/new");
  await page.getByLabel("Company").fill(company);
  await page.getByLabel("Role").fill(role);
  await page.getByLabel("Status").selectOption("applied");
  await page.getByLabel("Posting URL").fill("https://jobs.example.com/42");
  await page.getByLabel("Applied on").fill("2026-11-20");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: role })).toBeVisible();
  return page.url().split("/").pop()!;
}

test("record an application, its interview and panel, move it on the board by keyboard, and find it by search", async ({ page }) => {
  test.slow(); // five pages and a dozen saves: more than the default 30 s on a busy machine
  await signInWithoutForm(page);
  const company = `Zenith Widgets ${unique()}`;
  const role = "Platform Engineer";
  const id = await createApplicationViaForm(page, company, role);
  await expect(page.getByRole("link", { name: company })).toBeVisible();
  await expect(page.getByRole("region", { name: "Timeline" }).getByText(/Added Platform Engineer at Zenith/)).toBeVisible();

  // An interview with two interviewers created inline by name and e-mail.
  await page.getByRole("button", { name: "Add interview" }).click();
  await page.getByLabel("Scheduled at").fill("2026-12-03T14:30");
  await page.getByLabel("Kind").selectOption("technical");
  await page.getByLabel("New interviewer 1 name").fill("Dana Reyes");
  await page.getByLabel("New interviewer 1 email").fill("dana@zenith.example");
  await page.getByRole("button", { name: "Add another interviewer" }).click();
  await page.getByLabel("New interviewer 2 name").fill("Omar Haddad");
  await page.getByLabel("New interviewer 2 email").fill("omar@zenith.example");
  await page.getByRole("button", { name: "Save interview" }).click();
  const interview = page.getByTestId("interview");
  await expect(interview.getByRole("link", { name: "Dana Reyes" })).toBeVisible();
  await expect(interview.getByRole("link", { name: "Omar Haddad" })).toBeVisible();
  await expect(interview.getByText("Thu 3 Dec 2026, 14:30", { exact: true })).toBeVisible(); // shown back in the user's zone

  // The board's keyboard path: the card's status menu and its Move button.
  await page.goto("/board");
  const menu = page.getByLabel(`Status of ${role} at ${company}`);
  await menu.focus();
  await menu.selectOption("interviewing");
  await page.keyboard.press("Tab");
  await expect(page.getByRole("button", { name: "Move" }).first()).toBeFocused();
  await page.keyboard.press("Enter");
  const interviewing = page.getByRole("region", { name: /^Interviewing/ });
  await expect(interviewing.getByRole("link", { name: role })).toBeVisible();
  // The card moves at once; the status line says when the move is saved.
  await expect(page.getByRole("status").filter({ hasText: "Moved" })).toContainText(`Moved ${role} at ${company} to Interviewing.`);
  await page.reload();
  await expect(page.getByRole("region", { name: /^Interviewing/ }).getByRole("link", { name: role })).toBeVisible();

  // Two keystrokes of search find it (what the header's search box submits).
  await page.goto(`/search?q=${company.slice(0, 2)}`);
  await expect(page.getByRole("link", { name: `${role} at ${company}` })).toBeVisible();
  await expect(page.getByRole("link", { name: "Dana Reyes" })).toBeVisible(); // found through her company
  await page.getByRole("link", { name: `${role} at ${company}` }).click();
  await expect(page).toHaveURL(new RegExp(`/applications/${id}$`));
  await expect(page.getByText("Status changed from Applied to Interviewing")).toBeVisible();
});

test("a note's <script>, event handlers and javascript:/data: links do nothing", async ({ page }) => {
  await signInWithoutForm(page);
  let dialogs = 0;
  page.on("dialog", async (dialog) => {
    dialogs++;
    await dialog.dismiss();
  });
  await createApplicationViaForm(page, `Scripted ${unique()}`, "Security Engineer");
  const note = [
    "**Met the team.** Follow up with [the recruiter](https://example.com/recruiter).",
    "",
    "<script>window.__pwned = 'script'; alert('script')</script>",
    '<img src="x" onerror="window.__pwned = \'img\'; alert(\'img\')">',
    "",
    "[click me](javascript:window.__pwned='link';alert('link')) and [data link](data:text/html,<script>alert(1)</script>)",
  ].join("\n");
  await page.getByLabel("Note", { exact: true }).fill(note);
  await page.getByRole("button", { name: "Add note" }).click();

  const rendered = page.getByTestId("note");
  await expect(rendered.getByText("Met the team.")).toBeVisible();
  await expect(rendered.locator("strong")).toHaveText("Met the team.");
  await expect(rendered.getByRole("link", { name: "the recruiter" })).toHaveAttribute("href", "https://example.com/recruiter");
  // The unsafe links are plain text: no anchor, nothing to click into running.
  await expect(rendered.getByRole("link", { name: "click me" })).toHaveCount(0);
  await expect(rendered.getByRole("link", { name: "data link" })).toHaveCount(0);
  await rendered.getByText("click me").click();
  await expect(rendered.locator("script, img, [onerror]")).toHaveCount(0);
  await expect(rendered.locator('a[href^="javascript:" i], a[href^="data:" i]')).toHaveCount(0);

  await page.reload();
  await expect(page.getByTestId("note").getByText("Met the team.")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned)).toBeUndefined();
  expect(dialogs).toBe(0);
});

test("Log rejection opens the rejection form, from the application and from the board", async ({ page }) => {
  await signInWithoutForm(page);
  const role = "Data Engineer";
  const company = `Rejecto ${unique()}`;
  const id = await createApplicationViaForm(page, company, role);
  await page.getByRole("button", { name: "Log rejection" }).click();
  await expect(page).toHaveURL(new RegExp(`/applications/${id}/rejection$`));

  await page.goto("/board");
  await page.getByLabel(`Status of ${role} at ${company}`).selectOption("rejected");
  await page.getByRole("button", { name: "Move" }).first().click();
  await expect(page).toHaveURL(new RegExp(`/applications/${id}/rejection$`));
});

test("bad application input gets messages on its fields, saves nothing; another user's application is not found", async ({ page }) => {
  test.slow(); // many pages and two accounts: more than the default 30 s on a busy machine
  await signInWithoutForm(page);
  await page.goto("/applications/new");
  await page.getByLabel("Company").fill("");
  await page.getByLabel("Role").fill("r".repeat(300));
  await page.getByLabel("Posting URL").fill("javascript:alert(1)");
  await page.getByLabel("Applied on").fill("2026-11-20");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByText("Enter the company's name")).toBeVisible();
  await expect(page.getByText("Use at most 200 characters")).toBeVisible();
  await expect(page.getByText("Enter a web address starting with https://")).toBeVisible();
  await expect(formAlert(page).first()).toBeVisible();
  await expect(page).toHaveURL(/\/applications\/new$/);
  await expect(page.getByLabel("Role")).toHaveValue("r".repeat(300)); // what was typed is kept

  const id = await createApplicationViaForm(page, `Private ${unique()}`, "Secret Role");
  await page.goto("/applications");
  await expect(page.getByRole("link", { name: "Secret Role" })).toBeVisible();
  await logOut(page);
  await signInWithoutForm(page);
  await page.goto(`/applications/${id}`);
  await expect(page.getByText("This page could not be found")).toBeVisible();
  await expect(page.getByText("Secret Role")).toHaveCount(0);
  await page.goto("/applications");
  await expect(page.getByText("No applications yet")).toBeVisible();
});

test("a contact is saved with a cadence, and logging an interaction moves their clock", async ({ page }) => {
  await signInWithoutForm(page);
  await page.goto("/contacts/new");
  await page.getByLabel("Name").fill("Priya Nakamura");
  await page.getByLabel("Email").fill("priya@example.test");
  await page.getByLabel("Role").selectOption("recruiter");
  await page.getByLabel("Keep in touch every (days)").fill("30");
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("heading", { name: "Priya Nakamura" })).toBeVisible();
  await expect(page.getByText("Every 30 days")).toBeVisible();
  await expect(page.getByText("Never", { exact: true })).toBeVisible();

  await page.getByLabel("Kind").selectOption("call");
  await page.getByLabel("What happened").fill("Talked about the platform team");
  await page.getByRole("button", { name: "Log interaction" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Interaction logged." })).toBeVisible();
  await expect(page.getByText("Talked about the platform team")).toBeVisible();
  await expect(page.getByText("Never", { exact: true })).toHaveCount(0);

  await page.goto("/contacts?q=priya");
  await expect(page.getByRole("link", { name: "Priya Nakamura" })).toBeVisible();
});
