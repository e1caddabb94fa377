import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { createApplication, createCompany, createInterview, createContact } from "../factories";
import { e2eDb, userIdFor } from "./db";
import { expect, formAlert, test } from "./fixtures";

const ZONE = "Europe/Berlin";

function email({ from, subject, date, body }: { from: string; subject: string; date: string; body: string }) {
  return [`From: ${from}`, "To: Alex Morgan <alex@example.org>", `Subject: ${subject}`, `Date: ${date}`, `Message-ID: <${crypto.randomUUID()}@mail.test>`, "", body].join("\n");
}

test("a pasted rejection becomes a proposal; Apply logs it with the e-mail's date and sender, then drafts the letters", async ({ page, user }) => {
  test.slow(); // four pages
  const userId = await userIdFor(user.email);
  await e2eDb.user.update({ where: { id: userId }, data: { timeZone: ZONE } });
  const company = await createCompany(e2eDb, userId, { name: "Lumen Labs GmbH" });
  const application = await createApplication(e2eDb, userId, { companyId: company.id, role: "Product Analyst", status: "interviewing" });
  const dana = await createContact(e2eDb, userId, { name: "Dana Weiss", email: "dana@lumenlabs.test", role: "interviewer", companyId: company.id });
  await createInterview(e2eDb, userId, application.id, { kind: "final", scheduledAt: new Date("2025-11-20T10:00:00Z"), interviewerIds: [dana.id] });

  await page.goto("/inbox");
  await expect(page.getByRole("heading", { name: "Inbox" })).toBeVisible();
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(violations.map((violation) => violation.id)).toEqual([]);

  // Not an e-mail at all: a clear message on the field.
  await page.getByLabel("Paste an email").fill("Hi, they said no.");
  await page.getByRole("button", { name: "Read email" }).click();
  await expect(formAlert(page)).toContainText("does not look like an email");

  await page.getByLabel("Paste an email").fill(
    email({
      from: "Jana Park <jana.park@lumenlabs.test>",
      subject: "Your application for Product Analyst",
      // 23:40 UTC on 1 December is 2 December in Berlin.
      date: "Mon, 01 Dec 2025 23:40:00 +0000",
      body: "Hi Alex,\n\nThank you for the final interview.\n\nAfter careful consideration, we have decided to move forward with other candidates.\n\nThe panel felt the role needs deeper experience with experimentation platforms.\n\nJana Park\nLumen Labs",
    }),
  );
  await page.getByRole("button", { name: "Read email" }).click();
  const proposal = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Rejected: Product Analyst at Lumen Labs GmbH (email, 2 Dec)" }) });
  await expect(proposal).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: /Inbox/ })).toContainText("1");
  await proposal.getByText(/^Why:/).click();
  await expect(proposal.getByText("rejection.en.other-candidates")).toBeVisible();

  await proposal.getByRole("button", { name: "Apply" }).click();
  await expect(page).toHaveURL(new RegExp(`/applications/${application.id}/rejection\\?proposal=`));
  await expect(page.getByLabel("Received on")).toHaveValue("2025-12-02");
  await expect(page.getByLabel("How it came")).toHaveValue("email");
  await expect(page.getByLabel("From whom")).toHaveValue("Someone new…");
  await expect(page.getByLabel("Their name")).toHaveValue("Jana Park");
  await expect(page.getByLabel("Their email")).toHaveValue("jana.park@lumenlabs.test");
  await expect(page.getByLabel("Feedback")).toHaveValue("The panel felt the role needs deeper experience with experimentation platforms.");
  await page.getByLabel("Stage reached").selectOption({ label: "Final round" });
  await page.getByRole("button", { name: "Save rejection" }).click();

  await expect(page).toHaveURL(new RegExp(`/applications/${application.id}/rejection/letters$`));
  await expect(page.getByRole("region", { name: /^Letter to / })).toHaveCount(2);
  const rejection = await e2eDb.rejection.findFirst({ where: { applicationId: application.id, userId }, include: { sender: true } });
  expect(rejection).toMatchObject({ receivedOn: new Date("2025-12-02"), channel: "email", sender: { name: "Jana Park", email: "jana.park@lumenlabs.test" } });
  expect(await e2eDb.inboxProposal.findFirst({ where: { userId } })).toMatchObject({ status: "applied", applicationId: application.id });

  await page.goto("/inbox");
  await expect(page.getByText("Nothing waiting.")).toBeVisible();
  await expect(page.getByTestId("inbox-count")).toHaveCount(0);
});

test("a confirmation from a company Bridges does not know: Apply creates the application", async ({ page, user }) => {
  test.slow(); // two pages and a server round trip per step
  const userId = await userIdFor(user.email);
  await page.goto("/inbox");
  await page.getByLabel("Paste an email").fill(
    email({
      from: "Kestrel Analytics <no-reply@hire.lever.co>",
      subject: "Thanks for applying to Kestrel Analytics",
      date: "Thu, 13 Nov 2025 08:01:00 +0000",
      body: "Hi Alex,\n\nThanks for your application to the Data Engineer position at Kestrel Analytics.\n\nhttps://jobs.lever.co/kestrel/1f2e3d4c",
    }),
  );
  await page.getByRole("button", { name: "Read email" }).click();
  const proposal = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Applied: Data Engineer at Kestrel Analytics (Lever, 13 Nov)" }) });
  await expect(proposal.getByText("None of your applications fits: Apply creates it.")).toBeVisible();
  await expect(proposal.getByLabel("Company")).toHaveValue("Kestrel Analytics");
  await expect(proposal.getByLabel("Role")).toHaveValue("Data Engineer");
  await proposal.getByRole("button", { name: "Apply" }).click();

  await expect(page).toHaveURL(/\/applications\/[^/?#]+$/);
  const created = await e2eDb.application.findFirst({ where: { userId }, include: { company: true } });
  expect(created).toMatchObject({ role: "Data Engineer", status: "applied", source: "Lever", appliedOn: new Date("2025-11-13"), postingUrl: "https://jobs.lever.co/kestrel/1f2e3d4c" });
  expect(created!.company.name).toBe("Kestrel Analytics");
  await expect(page).toHaveURL(new RegExp(`/applications/${created!.id}$`));
});

test("several .eml files at once, one of them not an e-mail and one far too large: each gets its answer", async ({ page, user }) => {
  await page.goto("/inbox");
  const rejection = email({
    from: "Orca Systems <no-reply@hire.lever.co>",
    subject: "Orca Systems - Backend Engineer",
    date: "Tue, 02 Dec 2025 09:14:00 +0000",
    body: "We regret to inform you that we have decided to move forward with another candidate for this role.",
  });
  // Files on disk: the browser reads them itself, as it would a user's (a 20 MB buffer is slow to hand over).
  const folder = mkdtempSync(path.join(os.tmpdir(), "bridges-inbox-"));
  const files = { "orca.eml": Buffer.from(rejection), "photo.eml": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), "huge.eml": Buffer.alloc(20 * 1024 * 1024, 0x61) };
  for (const [name, bytes] of Object.entries(files)) writeFileSync(path.join(folder, name), bytes);
  await page.getByLabel("Email file").setInputFiles(Object.keys(files).map((name) => path.join(folder, name)));
  const answers = page.getByRole("list", { name: "Files read" });
  await expect(answers.getByRole("listitem")).toHaveCount(3);
  await expect(answers).toContainText("orca.eml: Read: its proposal is below.");
  await expect(answers).toContainText("photo.eml: This does not look like an email.");
  await expect(answers).toContainText("huge.eml: larger than 10 MB");
  await expect(page.getByRole("heading", { name: "Rejected: Backend Engineer at Orca Systems (Lever, 2 Dec)" })).toBeVisible();
  expect(await e2eDb.inboxProposal.count({ where: { userId: await userIdFor(user.email) } })).toBe(1);
  rmSync(folder, { recursive: true, force: true });
});
