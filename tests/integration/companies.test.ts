import { describe, expect, it } from "vitest";
import { deleteApplication } from "@/lib/server/applications/delete-application";
import { deleteCompany } from "@/lib/server/companies/delete-company";
import { createApplication, createCompany, createContact, createUser } from "../factories";
import { db } from "../support/db";

describe("deleting a company", () => {
  it("deletes an unused company and keeps its contacts, unlinked", async () => {
    const user = await createUser(db);
    const company = await createCompany(db, user.id, { name: "Typo Corp" });
    const contact = await createContact(db, user.id, { companyId: company.id });

    expect(await deleteCompany(user.id, company.id)).toEqual({ name: "Typo Corp" });
    expect(await db.company.count({ where: { id: company.id } })).toBe(0);
    expect(await db.contact.findUniqueOrThrow({ where: { id: contact.id } })).toMatchObject({ companyId: null });
  });

  it("is refused while a live application points at it, and then deletes nothing", async () => {
    const user = await createUser(db);
    const company = await createCompany(db, user.id, { name: "Busy Corp" });
    const application = await createApplication(db, user.id, { companyId: company.id });

    await expect(deleteCompany(user.id, company.id)).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/Busy Corp still has 1 application/) });
    expect(await db.application.count({ where: { id: application.id } })).toBe(1);

    // Deleted (soft, for undo), it still holds the company: deleting it would take the trashed application along.
    await deleteApplication(user.id, application.id);
    await expect(deleteCompany(user.id, company.id)).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Busy Corp still has 1 application in the trash: restore any in the trash, then move it to another company first.",
    });
    expect(await db.application.count({ where: { id: application.id } })).toBe(1);
    expect(await db.company.count({ where: { id: company.id } })).toBe(1);

    // Moved to another company, it no longer holds this one.
    const other = await createCompany(db, user.id, { name: "Other Corp" });
    await db.application.update({ where: { id: application.id }, data: { companyId: other.id } });
    await deleteCompany(user.id, company.id);
    expect(await db.company.count({ where: { id: company.id } })).toBe(0);
  });

  it("is not found for another user's company", async () => {
    const owner = await createUser(db);
    const stranger = await createUser(db);
    const company = await createCompany(db, owner.id);
    await expect(deleteCompany(stranger.id, company.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.company.count({ where: { id: company.id } })).toBe(1);
  });
});
