import type { Page } from "@playwright/test";
import { createApplication, createCompany, createContact, createInteraction, createRejection } from "../factories";
import { e2eDb, userIdFor } from "./db";
import { expect, test } from "./fixtures";

/** The toast that says `message`, and its Undo. */
async function undoFromToast(page: Page, message: string) {
  const toast = page.getByRole("status").filter({ hasText: message });
  await expect(toast).toBeVisible();
  await toast.getByRole("button", { name: "Undo" }).click();
}

test("Delete of an application, and of a follow-up, can be undone from the toast", async ({ page, user }) => {
  test.slow(); // server actions with redirects and refreshes on a shared machine
  const userId = await userIdFor(user.email);
  const company = await createCompany(e2eDb, userId, { name: "Initech" });
  const application = await createApplication(e2eDb, userId, { companyId: company.id, role: "Data Engineer" });

  await page.goto(`/applications/${application.id}`);
  await page.getByText("Delete…").click();
  await page.getByRole("button", { name: "Delete application" }).click();
  await expect(page).toHaveURL(/\/applications$/);
  await expect.poll(async () => (await e2eDb.application.findUniqueOrThrow({ where: { id: application.id } })).deletedAt).not.toBeNull();
  await undoFromToast(page, "Application deleted.");
  await expect(page.getByRole("status").filter({ hasText: "Restored." })).toBeVisible();
  expect((await e2eDb.application.findUniqueOrThrow({ where: { id: application.id } })).deletedAt).toBeNull();
  await expect(page.getByRole("link", { name: /Data Engineer/ }).first()).toBeVisible();

  const dueAt = new Date(Date.now() + 86_400_000);
  const followUp = await e2eDb.followUp.create({ data: { userId, title: "Send the portfolio", dueAt, applicationId: application.id } });
  await page.goto("/follow-ups");
  // Delete is one of the rarer choices, behind the item's "More".
  await page.getByRole("button", { name: "More for Send the portfolio" }).click();
  page.once("dialog", (dialog) => void dialog.accept());
  await page.getByRole("button", { name: "Delete", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Send the portfolio" })).toBeHidden();
  expect(await e2eDb.followUp.count({ where: { id: followUp.id } })).toBe(0);
  await undoFromToast(page, "Deleted.");
  await expect(page.getByRole("status").filter({ hasText: "Undone." })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Send the portfolio" })).toBeVisible();
  expect(await e2eDb.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).toMatchObject({ title: "Send the portfolio", dueAt, applicationId: application.id, status: "pending" });
});

test("Delete of a contact can be undone from the toast: they are back with their interactions and notes", async ({ page, user }) => {
  test.slow();
  const userId = await userIdFor(user.email);
  const contact = await createContact(e2eDb, userId, { name: "Zelda Quinlan" });
  await createInteraction(e2eDb, userId, contact.id, { kind: "call", notes: "Talked about the platform team" });
  await e2eDb.note.create({ data: { userId, contactId: contact.id, body: "Loves sourdough" } });

  await page.goto(`/contacts/${contact.id}`);
  await page.getByText("Delete…").click();
  await page.getByRole("button", { name: "Delete contact" }).click();
  await expect(page).toHaveURL(/\/contacts$/);
  await expect(page.getByRole("link", { name: "Zelda Quinlan" })).toBeHidden();
  expect((await e2eDb.contact.findUniqueOrThrow({ where: { id: contact.id } })).deletedAt).not.toBeNull();
  await undoFromToast(page, "Contact deleted.");
  await expect(page.getByRole("status").filter({ hasText: "Restored." })).toBeVisible();
  expect((await e2eDb.contact.findUniqueOrThrow({ where: { id: contact.id } })).deletedAt).toBeNull();

  await page.getByRole("link", { name: "Zelda Quinlan" }).click();
  await expect(page.getByRole("heading", { name: "Zelda Quinlan" })).toBeVisible();
  await expect(page.getByText("Talked about the platform team")).toBeVisible();
  await expect(page.getByText("Loves sourdough")).toBeVisible();
});

test("a board move can be undone from the toast", async ({ page, user }) => {
  test.slow();
  const userId = await userIdFor(user.email);
  const company = await createCompany(e2eDb, userId, { name: "Hooli" });
  const application = await createApplication(e2eDb, userId, { companyId: company.id, role: "Product Engineer", status: "applied" });

  await page.goto("/board");
  await page.getByLabel("Status of Product Engineer at Hooli").selectOption("interviewing");
  await page.getByRole("button", { name: "Move" }).first().click();
  await expect.poll(async () => (await e2eDb.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("interviewing");
  await undoFromToast(page, "Moved Product Engineer at Hooli to Interviewing.");
  await expect(page.getByRole("status").filter({ hasText: "Moved back." })).toBeVisible();
  expect((await e2eDb.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("applied");
  await expect(page.getByRole("region", { name: /^Applied/ }).getByRole("link", { name: "Product Engineer" })).toBeVisible();
});

test("a skipped letter can be undone from the toast, and handled letters move below those to write", async ({ page, user }) => {
  test.slow();
  const userId = await userIdFor(user.email);
  const application = await createApplication(e2eDb, userId, { status: "rejected" });
  const rejection = await createRejection(e2eDb, userId, application.id);
  const letterTo = (name: string) =>
    e2eDb.letter.create({ data: { userId, kind: "rejection_thank_you", rejectionId: rejection.id, recipientName: name, subject: `Thanks, ${name}`, body: "Thank you for your time." } });
  const letters = [await letterTo("Ana"), await letterTo("Ben")];

  await page.goto(`/applications/${application.id}/rejection/letters`);
  const sections = page.getByRole("region", { name: /^Letter to / });
  await expect(sections).toHaveCount(2);
  await page.getByRole("region", { name: "Letter to Ana" }).getByRole("button", { name: "Skip" }).click();
  await expect.poll(async () => (await e2eDb.letter.findUniqueOrThrow({ where: { id: letters[0]!.id } })).status).toBe("skipped");
  await undoFromToast(page, "Letter skipped.");
  await expect(page.getByRole("status").filter({ hasText: "Undone: the letter is back among those to write." })).toBeVisible();
  expect((await e2eDb.letter.findUniqueOrThrow({ where: { id: letters[0]!.id } })).status).toBe("draft");

  await page.getByRole("region", { name: "Letter to Ana" }).getByRole("button", { name: "Skip" }).click();
  await expect.poll(async () => (await e2eDb.letter.findUniqueOrThrow({ where: { id: letters[0]!.id } })).status).toBe("skipped");
  // After a reload, the one still to write comes first.
  await page.reload();
  await expect(sections.first()).toHaveAccessibleName("Letter to Ben");
  await expect(sections.last()).toHaveAccessibleName("Letter to Ana");
});
