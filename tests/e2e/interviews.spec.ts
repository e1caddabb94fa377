import { createApplication, createCompany, createContact, createInterview } from "../factories";
import { e2eDb, userIdFor } from "./db";
import { expect, pickOption, test } from "./fixtures";

test("an interview is rescheduled and its panel changed from its Edit link", async ({ page, user }) => {
  const userId = await userIdFor(user.email);
  await e2eDb.user.update({ where: { id: userId }, data: { timeZone: "America/New_York" } });
  const company = await createCompany(e2eDb, userId, { name: "Northwind Labs" });
  const application = await createApplication(e2eDb, userId, { companyId: company.id, role: "Platform Engineer", status: "interviewing" });
  const dana = await createContact(e2eDb, userId, { name: "Dana Reyes", email: "dana@northwind.example" });
  await createContact(e2eDb, userId, { name: "Omar Haddad", email: "omar@northwind.example" });
  await createInterview(e2eDb, userId, application.id, { kind: "technical", scheduledAt: new Date("2026-12-03T19:30:00Z"), interviewerIds: [dana.id] });

  await page.goto(`/applications/${application.id}`);
  await page.getByRole("link", { name: "Edit Technical on Thu 3 Dec 2026, 14:30" }).click();
  await expect(page.getByRole("heading", { name: "Edit interview" })).toBeVisible();
  await expect(page.getByLabel("Scheduled at")).toHaveValue("2026-12-03T14:30"); // shown in the user's zone
  await page.getByLabel("Scheduled at").fill("2026-12-08T10:00");
  await page.getByRole("button", { name: "Remove Dana Reyes" }).click();
  await pickOption(page, "Interviewers", "omar", "Omar Haddad (omar@northwind.example)");
  await page.getByRole("button", { name: "Save changes" }).click();

  await expect(page).toHaveURL(new RegExp(`/applications/${application.id}#interviews$`));
  const interview = page.getByTestId("interview");
  await expect(interview.getByText("Tue 8 Dec 2026, 10:00", { exact: true })).toBeVisible();
  await expect(interview.getByRole("link", { name: "Omar Haddad" })).toBeVisible();
  await expect(interview.getByRole("link", { name: "Dana Reyes" })).toHaveCount(0);
  const saved = await e2eDb.interview.findFirstOrThrow({ where: { applicationId: application.id } });
  expect(saved.scheduledAt.toISOString()).toBe("2026-12-08T15:00:00.000Z");
});

test("an impossible time is refused on the field and nothing changes", async ({ page, user }) => {
  const userId = await userIdFor(user.email);
  const application = await createApplication(e2eDb, userId);
  const interview = await createInterview(e2eDb, userId, application.id, { scheduledAt: new Date("2026-12-03T14:30:00Z") });

  await page.goto(`/applications/${application.id}/interviews/${interview.id}/edit`);
  await page.getByLabel("Scheduled at").fill("");
  await page.getByRole("button", { name: "Save changes" }).click();
  await expect(page.getByLabel("Scheduled at")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Scheduled at")).toHaveAccessibleDescription(/Enter when the interview is/);
  expect((await e2eDb.interview.findUniqueOrThrow({ where: { id: interview.id } })).scheduledAt.toISOString()).toBe("2026-12-03T14:30:00.000Z");
});
