import { describe, expect, it } from "vitest";
import { deleteApplication } from "@/lib/server/applications/delete-application";
import { searchApplicationOptions } from "@/lib/server/applications/search-application-options";
import { searchCompanyNames } from "@/lib/server/companies/search-company-names";
import { getContactOption } from "@/lib/server/contacts/get-contact-option";
import { searchContactOptions } from "@/lib/server/contacts/search-contact-options";
import { getFollowUpChoices } from "@/lib/server/follow-ups/get-follow-up-choices";
import { PICK_LIMIT, pickQuerySchema } from "@/lib/validation/pick";
import { createApplication, createCompany, createContact, createUser } from "../factories";
import { db } from "../support/db";

describe("picker searches", () => {
  it("find the user's own contacts by name or e-mail, never another user's", async () => {
    const owner = await createUser(db);
    const stranger = await createUser(db);
    const rita = await createContact(db, owner.id, { name: "Rita Ortiz", email: "rita@northwind.test" });
    await createContact(db, owner.id, { name: "Omar Haddad", email: "omar@northwind.test" });
    await createContact(db, stranger.id, { name: "Rita Strangers", email: "rita@elsewhere.test" });

    expect(await searchContactOptions(owner.id, "rita")).toEqual([{ value: rita.id, label: "Rita Ortiz", detail: "rita@northwind.test" }]);
    expect((await searchContactOptions(owner.id, "NORTHWIND")).map((option) => option.label)).toEqual(["Omar Haddad", "Rita Ortiz"]);
    expect((await searchContactOptions(stranger.id, "northwind"))).toEqual([]);
    // A LIKE wildcard is a character to look for, not "anything".
    expect(await searchContactOptions(owner.id, "%")).toEqual([]);
  });

  it(`list at most ${PICK_LIMIT} matches`, async () => {
    const user = await createUser(db);
    await db.contact.createMany({ data: Array.from({ length: PICK_LIMIT + 5 }, (_, index) => ({ userId: user.id, name: `Person ${String(index).padStart(2, "0")}`, role: "other" as const })) });
    const options = await searchContactOptions(user.id, "");
    expect(options).toHaveLength(PICK_LIMIT);
    expect(options[0]?.label).toBe("Person 00");
  });

  it("find companies by name and live applications by role or company, the user's own only", async () => {
    const owner = await createUser(db);
    const stranger = await createUser(db);
    const globex = await createCompany(db, owner.id, { name: "Globex" });
    await createCompany(db, stranger.id, { name: "Globex Stranger" });
    const live = await createApplication(db, owner.id, { companyId: globex.id, role: "Data Engineer" });
    const trashed = await createApplication(db, owner.id, { companyId: globex.id, role: "Platform Engineer" });
    await deleteApplication(owner.id, trashed.id);
    await createApplication(db, stranger.id, { role: "Data Engineer" });

    expect(await searchCompanyNames(owner.id, "glob")).toEqual([{ value: "Globex", label: "Globex" }]);
    expect(await searchApplicationOptions(owner.id, "globex")).toEqual([{ value: live.id, label: "Data Engineer — Globex" }]);
    expect(await searchApplicationOptions(owner.id, "data eng")).toEqual([{ value: live.id, label: "Data Engineer — Globex" }]);
  });

  it("name a form's chosen contact and application only when they are the user's", async () => {
    const owner = await createUser(db);
    const stranger = await createUser(db);
    const contact = await createContact(db, owner.id, { name: "Noor Haddad", email: null });
    const application = await createApplication(db, owner.id, { role: "Product Engineer" });
    const theirs = await createContact(db, stranger.id);

    expect(await getContactOption(owner.id, contact.id)).toEqual({ value: contact.id, label: "Noor Haddad", detail: null });
    expect(await getContactOption(owner.id, theirs.id)).toBeNull();
    const chosen = await getFollowUpChoices(owner.id, { contactId: contact.id, applicationId: application.id });
    expect(chosen.contact?.label).toBe("Noor Haddad");
    expect(chosen.application?.label).toMatch(/^Product Engineer — /);
    expect(await getFollowUpChoices(stranger.id, { contactId: contact.id, applicationId: application.id })).toEqual({ contact: null, application: null });
    expect(await getFollowUpChoices(owner.id, { contactId: "not-an-id", applicationId: undefined })).toEqual({ contact: null, application: null });
  });

  it("validate the query: trimmed, bounded, nothing else accepted", () => {
    expect(pickQuerySchema.parse({ q: "  rita " })).toEqual({ q: "rita" });
    expect(pickQuerySchema.parse({})).toEqual({ q: "" });
    expect(pickQuerySchema.safeParse({ q: "x".repeat(101) }).success).toBe(false);
    expect(pickQuerySchema.safeParse({ q: "a", userId: "someone" }).success).toBe(false);
  });
});
