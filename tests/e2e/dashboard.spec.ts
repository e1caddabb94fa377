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
  await expect(page.getByRole("region", { name: "Pipeline" }).getByLabel("1 Interviewing")).toBeVisible();

  await due.getByRole("button", { name: "Done" }).click();
  await expect(due.getByText("Send the portfolio link")).toHaveCount(0);
  const followUp = await e2eDb.followUp.findFirstOrThrow({ where: { userId, title: "Send the portfolio link" } });
  expect(followUp.status).toBe("done");
});

test("a new user's dashboard explains each empty card", async ({ page, user }) => {
  await page.goto("/dashboard");
  await expect(page.getByText(user.email)).toBeVisible();
  await expect(page.getByText("Nothing due today.")).toBeVisible();
  await expect(page.getByText("No letters waiting.")).toBeVisible();
  await expect(page.getByText("No interviews in the next 7 days.")).toBeVisible();
  await expect(page.getByText("No applications yet.")).toBeVisible();
});

test.afterAll(async () => {
  await e2eDb.$disconnect();
});

