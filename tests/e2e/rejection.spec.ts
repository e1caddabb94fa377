import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { formatInZone } from "../../lib/schedule/zoned";
import { weekdayMorningAfter } from "../../lib/schedule/follow-up-plan";
import { createApplication, createCompany, createContact, createInterview } from "../factories";
import { e2eDb, userIdFor } from "./db";
import { expect, formAlert, pickOption, test } from "./fixtures";

const ZONE = "America/New_York";
const RECEIVED_ON = "2026-11-20";

async function expectNoAxeViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`)).toEqual([]);
}

/** An application at Northwind Labs whose interview was with Dana Smith, and a recruiter, Rita. */
async function seed(email: string) {
  const userId = await userIdFor(email);
  await e2eDb.user.update({ where: { id: userId }, data: { timeZone: ZONE, name: "Alex Morgan" } });
  const company = await createCompany(e2eDb, userId, { name: "Northwind Labs" });
  const application = await createApplication(e2eDb, userId, { companyId: company.id, role: "Product Engineer", status: "interviewing" });
  const dana = await createContact(e2eDb, userId, { name: "Dana Smith", email: "dana.smith@northwind.test", role: "interviewer", companyId: company.id });
  const rita = await createContact(e2eDb, userId, { name: "Rita Ortiz", email: "rita@northwind.test", role: "recruiter", companyId: company.id });
  await createInterview(e2eDb, userId, application.id, {
    kind: "final",
    scheduledAt: new Date("2026-11-12T15:00:00Z"),
    notes: "Dana asked how I would migrate the billing service without downtime.",
    interviewerIds: [dana.id],
  });
  return { userId, application, dana, rita };
}

test("a rejection becomes a letter per person, a sent letter on Dana's timeline and a plan that fits the people on /follow-ups", async ({ page, user }) => {
  test.slow(); // the whole flow, across five pages
  const { userId, application, dana } = await seed(user.email);

  await page.goto(`/applications/${application.id}/rejection`);
  await expect(page.getByRole("heading", { name: "Log rejection" })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel("Received on").fill(RECEIVED_ON);
  await page.getByLabel("Stage reached").selectOption({ label: "Final round" });
  await pickOption(page, "From whom", "Rita", "Rita Ortiz (rita@northwind.test)");
  await page.getByLabel("Feedback").fill("Great collaboration; the other finalist had more payments experience.");
  await page.getByLabel("Close second").check();
  await page.getByRole("button", { name: "Save rejection" }).click();

  // One letter per person: Dana (the interviewer) and Rita (who sent the news).
  await expect(page).toHaveURL(new RegExp(`/applications/${application.id}/rejection/letters$`));
  await expect(page.getByRole("region", { name: /^Letter to / })).toHaveCount(2);
  await expectNoAxeViolations(page);
  const toDana = page.getByRole("region", { name: "Letter to Dana Smith" });
  const body = toDana.getByLabel("Body");
  await expect(body).toHaveValue(/^Dear Dana,/);
  await expect(body).toHaveValue(/Product Engineer role at Northwind Labs/);
  await expect(body).toHaveValue(/you asked how I would migrate the billing service without downtime/);
  // Rita sent the news and the feedback: only she is thanked for them.
  await expect(body).not.toHaveValue(/close one|your feedback/);
  await expect(body).not.toHaveValue(/\{\{|\}\}/);
  const toRita = page.getByRole("region", { name: "Letter to Rita Ortiz" }).getByLabel("Body");
  await expect(toRita).toHaveValue(/^Dear Rita,\n\nThank you for letting me know/);
  await expect(toRita).toHaveValue(/It meant a lot to hear that the decision was a close one/);

  // Edit, and the mailto: link follows the edit, encoded.
  await toDana.getByLabel("Subject").fill("Thank you, Dana — and a question?");
  await body.fill(`${await body.inputValue()}\n\nP.S. I loved the whiteboard session & the coffee.`);
  const href = await toDana.getByRole("button", { name: "Open in email" }).getAttribute("href");
  const mailto = new URL(href!);
  expect(mailto.protocol).toBe("mailto:");
  expect(mailto.pathname).toBe("dana.smith@northwind.test");
  expect(mailto.searchParams.get("subject")).toBe("Thank you, Dana — and a question?");
  expect(mailto.searchParams.get("body")).toMatch(/^Dear Dana,\r\n\r\n.*P\.S\. I loved the whiteboard session & the coffee\.$/s);
  // No SMTP server in this run: the app does not offer to send.
  await expect(toDana.getByRole("button", { name: "Send", exact: true })).toHaveCount(0);

  await toDana.getByRole("button", { name: "Mark as sent" }).click();
  await expect(toDana.getByText("Marked as sent, and noted on their timeline.")).toBeVisible();
  await expect(toDana.getByRole("button", { name: "Mark as sent" })).toHaveCount(0);
  const letter = await e2eDb.letter.findFirstOrThrow({ where: { userId, contactId: dana.id } });
  expect(letter).toMatchObject({ status: "sent", subject: "Thank you, Dana — and a question?" });
  expect(letter.body).toContain("P.S. I loved the whiteboard session & the coffee.");

  // The plan: nothing exists until it is accepted.
  await page.getByRole("link", { name: "Next: follow-up plan" }).click();
  await expect(page.getByRole("heading", { name: "Keep these contacts open" })).toBeVisible();
  expect(await e2eDb.followUp.count({ where: { userId } })).toBe(0);
  // Who gets what: the check-ins go to Rita, who sent the news; Dana, an interviewer, is kept in touch with.
  const summary = page.getByRole("region", { name: "3 follow-ups for 2 people" });
  await expect(summary.getByRole("listitem")).toHaveText(["Rita Ortiz: a check-in at ~60 days, another at ~90 days", "Dana Smith: keep in touch"]);
  await expect(page.getByText("Why: You were a close second: around 90 days the new hire's probation ends.")).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Accept plan" }).click();
  await expect(page.getByRole("heading", { name: "Plan accepted: 3 follow-ups scheduled" })).toBeVisible();

  await page.goto("/follow-ups");
  // The default working hours: 09:00 on weekdays.
  const at = (days: number) => formatInZone(weekdayMorningAfter(RECEIVED_ON, days, { timeZone: ZONE, reminderMinutes: 540, weekdaysOnly: true }).at, ZONE);
  const checkIn = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Check in with Rita Ortiz", exact: true }) });
  await expect(checkIn.getByText(at(60))).toBeVisible();
  const secondCheckIn = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Check in again with Rita Ortiz" }) });
  await expect(secondCheckIn.getByText(at(90))).toBeVisible();
  await expect(page.getByRole("heading", { name: "Keep in touch with Dana Smith" })).toBeVisible();
  await expect(page.getByRole("heading", { name: /Check in .*with Dana Smith/ })).toHaveCount(0);

  await page.goto(`/contacts/${dana.id}`);
  await expect(page.getByText("Letter sent to Dana Smith").first()).toBeVisible();

  await page.goto("/letters");
  await expect(page.getByRole("region", { name: "Sent" }).getByRole("link", { name: "Thank you, Dana — and a question?" })).toBeVisible();
  await expect(page.getByRole("region", { name: "To write" }).getByRole("link", { name: /^Thank you, Rita/ })).toBeVisible();
  await expectNoAxeViolations(page);
});

test("bad rejection input gets a message on the field and saves nothing; another user's application is not found", async ({ page, user }) => {
  test.slow(); // three not-found pages streamed behind their skeletons
  const { userId, application } = await seed(user.email);
  await page.goto(`/applications/${application.id}/rejection`);
  await page.getByLabel("Received on").fill("");
  await page.getByLabel("Feedback").fill("x".repeat(5001));
  await page.getByRole("button", { name: "Save rejection" }).click();
  await expect(page.getByText("Enter the day the rejection arrived")).toBeVisible();
  await expect(page.getByText("Use at most 5,000 characters")).toBeVisible();
  await expect(formAlert(page).first()).toBeVisible();
  expect(await e2eDb.rejection.count({ where: { userId } })).toBe(0);
  expect((await e2eDb.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("interviewing");

  const other = await e2eDb.user.create({ data: { email: `other-${crypto.randomUUID()}@example.test`, passwordHash: "unused", calendarToken: crypto.randomUUID() } });
  const stranger = await createApplication(e2eDb, other.id);
  // The pages stream behind a loading skeleton, so the not-found answer arrives in the body.
  for (const path of ["", "/letters", "/plan"]) {
    await page.goto(`/applications/${stranger.id}/rejection${path}`);
    await expect(page.getByText("This page could not be found."), `rejection${path}`).toBeVisible();
    await expect(page.getByRole("button", { name: /Save rejection|Accept plan/ })).toHaveCount(0);
  }
});

test("a copied template is edited with a live preview, refused with a placeholder error, and becomes the default", async ({ page, user }) => {
  test.slow();
  const userId = await userIdFor(user.email);
  await page.goto("/settings/templates");
  await page.getByRole("button", { name: "Copy the built-in thank-you after a rejection (an interviewer) template" }).click();
  await expect(page).toHaveURL(/\/settings\/templates\/[\w-]+$/);
  const preview = page.getByRole("region", { name: "Preview" });
  await expect(preview).toContainText("Dear Dana,");

  await page.getByLabel("Body").fill("Hi {{firstName}}, thanks for the time at {{company}}. {{nickname}}");
  await expect(preview.getByRole("status")).toHaveText(/Unknown variable \{\{nickname\}\}/);
  await page.getByRole("button", { name: "Save template" }).click();
  // The server's answer, on the field (the preview already says so before the save returns).
  await expect(page.getByLabel("Body")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Body")).toHaveAccessibleDescription(/Unknown variable \{\{nickname\}\}/);
  expect((await e2eDb.template.findFirstOrThrow({ where: { userId } })).body).not.toContain("nickname");

  await page.getByLabel("Body").fill("Hi {{firstName}}, thanks for the time at {{company}}.");
  await expect(preview).toContainText("Hi Dana, thanks for the time at Northwind Labs.");
  await page.getByLabel("Use as my default for these letters").check();
  await page.getByRole("button", { name: "Save template" }).click();
  await expect(page.getByText("Template saved.")).toBeVisible();
  expect(await e2eDb.template.findFirstOrThrow({ where: { userId } })).toMatchObject({ isDefault: true, body: "Hi {{firstName}}, thanks for the time at {{company}}." });
  await expectNoAxeViolations(page);
});
