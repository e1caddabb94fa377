import { createApplication, createCompany, createContact } from "../factories";
import { e2eDb, userIdFor } from "./db";
import { expect, formAlert, test } from "./fixtures";

test("a company in use cannot be deleted; an unused one can, after a confirmation, keeping its contacts", async ({ page, user }) => {
  const userId = await userIdFor(user.email);
  const busy = await createCompany(e2eDb, userId, { name: "Busy Widgets" });
  await createApplication(e2eDb, userId, { companyId: busy.id, role: "Data Engineer" });
  const spare = await createCompany(e2eDb, userId, { name: "Typo Widgets" });
  const contact = await createContact(e2eDb, userId, { name: "Ines Kept", companyId: spare.id });
  const confirmations: string[] = [];
  page.on("dialog", async (dialog) => {
    confirmations.push(dialog.message());
    await dialog.accept();
  });

  await page.goto(`/companies/${busy.id}`);
  await page.getByRole("button", { name: "Delete company" }).click();
  await expect(formAlert(page)).toHaveText(/Busy Widgets still has 1 application: move it to another company or delete it first\./);
  expect(await e2eDb.company.count({ where: { id: busy.id } })).toBe(1);

  await page.goto(`/companies/${spare.id}`);
  await page.getByRole("button", { name: "Delete company" }).click();
  await expect(page).toHaveURL(/\/companies$/);
  expect(confirmations.at(-1)).toBe("Delete Typo Widgets? Its 1 contact will stay, without a company.");
  expect(await e2eDb.company.count({ where: { id: spare.id } })).toBe(0);
  expect((await e2eDb.contact.findUniqueOrThrow({ where: { id: contact.id } })).companyId).toBeNull();
});
