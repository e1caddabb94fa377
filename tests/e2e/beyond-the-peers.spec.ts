// What no peer has: decision-date nudges, offer news to helpers, the favours ledger.
import type { Db } from "../../lib/db";
import { runDecisionNudges } from "../../lib/jobs/decision-nudges";
import { createApplication, createContact } from "../factories";
import { e2eDb, userIdFor } from "./db";
import { expect, test } from "./fixtures";

// Several page loads each on a machine shared with other builds.
test.describe.configure({ timeout: 90_000 });

const daysAgo = (days: number) => new Date(new Date().setUTCHours(0, 0, 0, 0) - days * 24 * 3600_000);

test("a passed decision date proposes a nudge; Done proposes the next one a week later", async ({ page, user }) => {
  const userId = await userIdFor(user.email);
  const application = await createApplication(e2eDb, userId, { role: "Platform Engineer", status: "interviewing", decisionExpectedOn: daysAgo(6) });
  await createContact(e2eDb, userId, { name: "Rita Recruiter", role: "recruiter", companyId: application.companyId });
  await runDecisionNudges(e2eDb as unknown as Db, { userId });

  await page.goto(`/applications/${application.id}`);
  await expect(page.getByText("Decision expected by")).toBeVisible();

  await page.goto("/follow-ups");
  const title = "Ask Rita Recruiter about the decision on Platform Engineer";
  await expect(page.getByRole("heading", { name: title })).toHaveCount(1);
  // The user's only follow-up.
  await page.getByRole("button", { name: "Done" }).click();

  await expect.poll(() => e2eDb.followUp.count({ where: { userId, origin: "decision_nudge", status: "done" } })).toBe(1);
  const next = await e2eDb.followUp.findFirstOrThrow({ where: { userId, origin: "decision_nudge", status: "pending" } });
  expect(next.notes).toContain("nudge 2 of 3");
  expect(next.dueAt.getTime() - Date.now()).toBeGreaterThan(6 * 24 * 3600_000);
  await expect(page.getByRole("heading", { name: title })).toHaveCount(1);
});

test("accepting an offer drafts news letters to the people who helped, shown on /letters and the dashboard", async ({ page, user }) => {
  const userId = await userIdFor(user.email);
  const referrer = await createContact(e2eDb, userId, { name: "Omar Haddad", role: "referrer" });
  const application = await createApplication(e2eDb, userId, { role: "Staff Engineer", status: "offer", referrerId: referrer.id });

  await page.goto(`/applications/${application.id}/edit`);
  await page.getByLabel("Status").selectOption({ label: "Accepted" });
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page).toHaveURL(new RegExp(`/applications/${application.id}$`));

  await page.goto("/letters");
  await expect(page.getByText("Omar Haddad").first()).toBeVisible();
  const letter = await e2eDb.letter.findFirstOrThrow({ where: { userId, kind: "offer_news" } });
  expect(letter).toMatchObject({ contactId: referrer.id, status: "draft", applicationId: application.id });
  expect(letter.body).toContain("Staff Engineer");

  await page.goto("/dashboard");
  const owed = page.getByRole("region", { name: "Letters to write" });
  await expect(owed.getByRole("link", { name: letter.subject })).toBeVisible();
  await expect(owed.getByText("To Omar Haddad")).toBeVisible();
});

test("the favours ledger: log an owed favour, see it counted, mark it settled", async ({ page, user }) => {
  const userId = await userIdFor(user.email);
  const contact = await createContact(e2eDb, userId, { name: "Ines Ito", role: "referrer", keepInTouchDays: 30 });

  await page.goto(`/contacts/${contact.id}`);
  const favours = page.getByTestId("favours");
  await expect(favours.getByRole("heading", { name: "Favours" })).toBeVisible();
  await expect(favours.getByText("0 owed")).toBeVisible();

  await page.getByLabel("Favour").selectOption("owed");
  await page.getByLabel("What happened").fill("Tell Ines how the Acme interviews turned out");
  await page.getByRole("button", { name: "Log interaction" }).click();
  await expect(favours.getByText("1 owed")).toBeVisible();
  const owedList = favours.getByRole("list", { name: "Favours owed" });
  await expect(owedList.getByText("Tell Ines how the Acme interviews turned out")).toBeVisible();
  // Logging the touch restarted her keep-in-touch clock.
  await expect(page.getByText("Next touch due")).toBeVisible();
  await expect(page.getByText("Next touch due").locator("..")).not.toContainText("—");

  await owedList.getByRole("button", { name: "Mark settled" }).click();
  await expect(favours.getByText("0 owed")).toBeVisible();
  await expect(favours.getByRole("list", { name: "Favours given" }).getByText("Tell Ines how the Acme interviews turned out")).toBeVisible();
  expect(await e2eDb.interaction.findFirstOrThrow({ where: { userId, contactId: contact.id } })).toMatchObject({ favour: "given" });
});
