import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { createApplication, createCompany, createContact, createInterview, createRejection } from "../factories";
import { e2eDb, userIdFor } from "./db";
import { expect, pickOption, test } from "./fixtures";

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

test("a rejection left half-way shows where it stands on its application and on the dashboard", async ({ page, user }) => {
  test.slow(); // log, leave, and come back through three pages
  const userId = await userIdFor(user.email);
  const company = await createCompany(e2eDb, userId, { name: "Contoso Maps" });
  const application = await createApplication(e2eDb, userId, { companyId: company.id, role: "Backend Engineer", status: "interviewing" });
  const dana = await createContact(e2eDb, userId, { name: "Dana Smith", role: "interviewer", companyId: company.id });
  await createContact(e2eDb, userId, { name: "Rita Ortiz", email: "rita@contoso.test", role: "recruiter", companyId: company.id });
  await createInterview(e2eDb, userId, application.id, { kind: "final", scheduledAt: new Date("2026-11-12T15:00:00Z"), interviewerIds: [dana.id] });

  await page.goto(`/applications/${application.id}/rejection`);
  await page.getByLabel("Received on").fill("2026-11-20");
  await page.getByLabel("Stage reached").selectOption({ label: "Final round" });
  await pickOption(page, "From whom", "Rita", "Rita Ortiz (rita@contoso.test)");
  await page.getByLabel("Feedback").fill("Strong on systems; the other finalist knew our stack.");
  await page.getByRole("button", { name: "Save rejection" }).click();
  await expect(page).toHaveURL(new RegExp(`/applications/${application.id}/rejection/letters$`));
  // One letter handled, one left to write, and the flow left before the plan.
  const toRita = page.getByRole("region", { name: "Letter to Rita Ortiz" });
  await toRita.getByRole("button", { name: "Mark as sent" }).click();
  await expect(toRita.getByRole("button", { name: "Mark as sent" })).toHaveCount(0);

  await page.goto(`/applications/${application.id}`);
  const section = page.getByRole("region", { name: "Rejection" });
  await expect(section.getByRole("definition")).toHaveText(["20 Nov 2026", "Final round", "Email", "Rita Ortiz", "Strong on systems; the other finalist knew our stack."]);
  await expect(section.getByRole("heading", { name: "Letters: 2 letters, 1 to write" })).toBeVisible();
  await expect(section.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Letter to Dana Smith" }) })).toContainText("to write");
  await expect(section.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Letter to Rita Ortiz" }) })).toContainText("sent");
  await expect(section.getByRole("heading", { name: "Plan: not accepted yet" })).toBeVisible();
  await expect(section.getByRole("link", { name: "Write the letters" })).toHaveAttribute("href", `/applications/${application.id}/rejection/letters`);
  await expect(section.getByRole("link", { name: "Review the plan" })).toHaveAttribute("href", `/applications/${application.id}/rejection/plan`);
  await expectNoAxeViolations(page);
  await section.getByRole("link", { name: "Letter to Dana Smith" }).click();
  await expect(page).toHaveURL(/\/letters\/[\w-]+$/);

  await page.goto("/dashboard");
  const card = page.getByRole("region", { name: "Finish what you started" });
  const entry = card.getByRole("listitem").filter({ hasText: "Backend Engineer at Contoso Maps" });
  await expect(entry).toContainText("Rejected 20 Nov 2026 · 1 letter to write, plan not accepted");
  await expectNoAxeViolations(page);
  await entry.getByRole("link", { name: "Write the letters for Backend Engineer at Contoso Maps" }).click();
  await expect(page).toHaveURL(new RegExp(`/applications/${application.id}/rejection/letters$`));
});

test("once the letters are done the card points at the plan, and an accepted plan takes the rejection off it", async ({ page, user }) => {
  test.slow();
  const userId = await userIdFor(user.email);
  const company = await createCompany(e2eDb, userId, { name: "Fabrikam Audio" });
  const application = await createApplication(e2eDb, userId, { companyId: company.id, role: "Firmware Engineer", status: "rejected" });
  const rita = await createContact(e2eDb, userId, { name: "Rita Ortiz", role: "recruiter", companyId: company.id });
  const rejection = await createRejection(e2eDb, userId, application.id, { receivedOn: new Date("2026-11-20"), senderId: rita.id });
  await e2eDb.letter.create({
    data: { userId, kind: "rejection_thank_you", applicationId: application.id, rejectionId: rejection.id, contactId: rita.id, subject: "Thank you, Rita", body: "Dear Rita,", status: "sent" },
  });

  await page.goto("/dashboard");
  const card = page.getByRole("region", { name: "Finish what you started" });
  await expect(card.getByRole("listitem")).toHaveText([/Firmware Engineer at Fabrikam Audio\s*Rejected 20 Nov 2026 · plan not accepted/]);
  await card.getByRole("link", { name: "Review the plan for Firmware Engineer at Fabrikam Audio" }).click();
  await page.getByRole("button", { name: "Accept plan" }).click();
  await expect(page.getByRole("heading", { name: /^Plan accepted: \d+ follow-ups? scheduled$/ })).toBeVisible();

  await page.goto(`/applications/${application.id}`);
  const section = page.getByRole("region", { name: "Rejection" });
  await expect(section.getByRole("heading", { name: /^Plan: accepted, \d+ follow-ups?$/ })).toBeVisible();
  await expect(section.getByRole("link", { name: "See the plan" })).toBeVisible();
  await expect(section.getByRole("listitem")).toHaveText([/Letter to Rita Ortiz\s*sent/]);
  await page.goto("/dashboard");
  await expect(page.getByRole("heading", { name: "Due today" })).toBeVisible();
  await expect(card).toHaveCount(0);
});
