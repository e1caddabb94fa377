import AxeBuilder from "@axe-core/playwright";
import { addDays, addHours, subDays } from "date-fns";
import { createApplication, createContact, createFollowUp, createInterview } from "../factories";
import { e2eDb, userIdFor } from "./db";
import { expect, test } from "./fixtures";

test("the dashboard answers what is owed today, and Done clears a follow-up in place", async ({ page, user }) => {
  const userId = await userIdFor(user.email);
  const now = new Date();
  const contact = await createContact(e2eDb, userId, { name: "Priya Raman", keepInTouchDays: 30, nextTouchAt: subDays(now, 2) });
  const application = await createApplication(e2eDb, userId, { role: "Staff Engineer", status: "interviewing" });
  await createInterview(e2eDb, userId, application.id, { scheduledAt: addDays(now, 2), interviewerIds: [contact.id] });
  await createFollowUp(e2eDb, userId, { title: "Send the portfolio link", contactId: contact.id, dueAt: subDays(now, 1) });
  await createFollowUp(e2eDb, userId, { title: "Next month's check-in", dueAt: addDays(now, 30) });
  await e2eDb.letter.create({
    data: { userId, kind: "rejection_thank_you", contactId: contact.id, subject: "Thank you, Priya", body: "…", dueAt: addHours(now, 20) },
  });

  await page.goto("/dashboard");
  const due = page.getByRole("region", { name: "Due today" });
  await expect(due.getByText("Send the portfolio link")).toBeVisible();
  await expect(due.getByText(/Overdue/)).toBeVisible();
  await expect(due.getByText("Next month's check-in")).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Letters to write" }).getByRole("link", { name: "Thank you, Priya" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Interviews this week" }).getByText(/Staff Engineer/)).toBeVisible();
  await expect(page.getByRole("region", { name: "Keep in touch" }).getByRole("link", { name: /Priya Raman/ })).toBeVisible();
  // The count stands apart from its label, and the link reads "Interviewing: 1", not "Interviewing1".
  await expect(page.getByRole("region", { name: "Pipeline" }).getByRole("link", { name: "Interviewing: 1", exact: true })).toBeVisible();

  await due.getByRole("button", { name: "Done" }).click();
  await expect(due.getByText("Send the portfolio link")).toHaveCount(0);
  const followUp = await e2eDb.followUp.findFirstOrThrow({ where: { userId, title: "Send the portfolio link" } });
  expect(followUp.status).toBe("done");
});

test("a new user's dashboard explains each empty card and starts with a checklist; Load demo data fills it", async ({ page, user }) => {
  test.slow(); // three page loads, an accessibility scan and the demo's hundred rows
  await page.goto("/dashboard");
  await expect(page.getByText(user.email)).toBeVisible();
  await expect(page.getByText("Nothing due today.")).toBeVisible();
  await expect(page.getByText("Nothing planned for the next 7 days.")).toBeVisible();
  await expect(page.getByText("No letters waiting.")).toBeVisible();
  await expect(page.getByText("No interviews in the next 7 days.")).toBeVisible();
  await expect(page.getByText("No applications yet.")).toBeVisible();
  await expect(page.getByRole("region", { name: "Keep in touch" })).toContainText("No contacts yet.");

  const checklist = page.getByRole("region", { name: "Get started" });
  await expect(checklist).toContainText("0 of 4 done");
  for (const step of ["Add an application", "Add a contact", "Log an interview", "Connect your calendar"]) {
    await expect(checklist.getByRole("link", { name: step })).toBeVisible();
  }
  const axe = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  expect(axe.violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id)).toEqual([]);
  await checklist.getByRole("button", { name: "Load demo data" }).click();

  await expect(checklist).toContainText("3 of 4 done");
  await expect(checklist.getByRole("button", { name: "Load demo data" })).toHaveCount(0);
  await expect(page.getByRole("region", { name: "Due today" }).getByRole("button", { name: "Done" }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "Coming up" }).getByText(/^Coffee with /)).toBeVisible();
  await expect(page.getByRole("region", { name: "Letters to write" }).getByRole("link", { name: /^Thank you, / })).toBeVisible();
  await expect(page.getByRole("region", { name: "Pipeline" }).getByRole("link", { name: /^Rejected: \d+$/ })).toBeVisible();
  await expect(page.getByRole("region", { name: "Finish what you started" })).toBeVisible();

  // A calendar app reading the private feed ticks the last step, and the checklist is done.
  const feedUrl = await page.goto("/settings").then(() => page.getByLabel("Calendar feed").inputValue());
  expect((await page.request.get(feedUrl)).status()).toBe(200);
  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: "Due today" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Get started" })).toHaveCount(0);
});

test("the checklist can be hidden for good", async ({ page, user }) => {
  await page.goto("/dashboard");
  await expect(page.getByText(user.email)).toBeVisible();
  await page.getByRole("region", { name: "Get started" }).getByRole("button", { name: "Hide this checklist" }).click();
  await expect(page.getByRole("region", { name: "Get started" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByRole("region", { name: "Due today" })).toBeVisible();
  await expect(page.getByRole("region", { name: "Get started" })).toHaveCount(0);
});

test("with follow-ups planned for the coming weeks and every contact on a cadence, the dashboard says what is coming", async ({ page, user }) => {
  const userId = await userIdFor(user.email);
  const now = new Date();
  const ana = await createContact(e2eDb, userId, { name: "Ana Alvarez", keepInTouchDays: 30, lastInteractionAt: subDays(now, 20), nextTouchAt: addDays(now, 10) });
  await createContact(e2eDb, userId, { name: "Ben Brennan", keepInTouchDays: 60, lastInteractionAt: subDays(now, 5), nextTouchAt: addDays(now, 55) });
  for (let week = 0; week < 10; week++) {
    await createFollowUp(e2eDb, userId, { title: `Weekly check-in ${week + 1}`, contactId: ana.id, dueAt: addDays(now, 2 + week * 7) });
  }

  await page.goto("/dashboard");
  await expect(page.getByRole("region", { name: "Due today" })).toContainText("Nothing due today.");
  const comingUp = page.getByRole("region", { name: "Coming up" });
  await expect(comingUp.getByText("Weekly check-in 1", { exact: true })).toBeVisible();
  await expect(comingUp.getByText("Weekly check-in 2", { exact: true })).toHaveCount(0); // nine days out
  await expect(comingUp.getByRole("link", { name: "Ana Alvarez" })).toBeVisible();

  const keepInTouch = page.getByRole("region", { name: "Keep in touch" });
  await expect(keepInTouch).toContainText("Nobody is due a touch today. Next, on");
  await expect(keepInTouch.getByRole("link", { name: "Ana Alvarez" })).toBeVisible();
  await expect(keepInTouch).not.toContainText("Everyone is up to date");
  await expect(keepInTouch).not.toContainText("Set “Keep in touch every (days)”");
});

test.afterAll(async () => {
  await e2eDb.$disconnect();
});

