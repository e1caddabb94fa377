// Accepting an offer drafts the news letters in the status change's own transaction.
import { describe, expect, it } from "vitest";
import { changeApplicationStatus } from "@/lib/server/applications/change-application-status";
import { updateApplication } from "@/lib/server/applications/update-application";
import { listLettersOwed } from "@/lib/server/letters/list-letters-owed";
import { applicationSchema } from "@/lib/validation/application";
import { createApplication, createContact, createInteraction, createUser } from "../factories";
import { db } from "../support/db";

async function offerWithHelpers() {
  const user = await createUser(db);
  const referrer = await createContact(db, user.id, { name: "Omar Haddad", role: "referrer" });
  const introducer = await createContact(db, user.id, { name: "Ines Ito", role: "peer" });
  await createInteraction(db, user.id, introducer.id, { kind: "intro_made" });
  const application = await createApplication(db, user.id, { status: "offer", referrerId: referrer.id });
  const company = await db.company.findUniqueOrThrow({ where: { id: application.companyId } });
  return { user, referrer, introducer, application, company };
}

const newsLetters = (applicationId: string) =>
  db.letter.findMany({ where: { applicationId, kind: "offer_news" }, orderBy: { recipientName: "asc" } });

describe("accepting an offer", () => {
  it("from the board or the status menu drafts news letters to everyone who helped, once", async () => {
    const { user, referrer, introducer, application } = await offerWithHelpers();
    await changeApplicationStatus(user.id, application.id, "accepted");

    const letters = await newsLetters(application.id);
    expect(letters.map((letter) => letter.contactId)).toEqual([introducer.id, referrer.id]);
    expect(letters.every((letter) => letter.status === "draft" && letter.userId === user.id)).toBe(true);
    const owed = await listLettersOwed(user.id, 10);
    expect(owed.filter((letter) => letter.kind === "offer_news").map((letter) => letter.contact?.name).sort()).toEqual(["Ines Ito", "Omar Haddad"]);

    // Back and forth: nobody is written to twice.
    await changeApplicationStatus(user.id, application.id, "offer");
    await changeApplicationStatus(user.id, application.id, "accepted");
    expect(await newsLetters(application.id)).toHaveLength(2);
  });

  it("from the application form drafts them too, and only when the status becomes accepted", async () => {
    const { user, referrer, application, company } = await offerWithHelpers();
    const form = (status: string) => applicationSchema.parse({ company: company.name, role: application.role, status, referrerId: referrer.id });
    await updateApplication(user.id, application.id, form("offer"));
    expect(await newsLetters(application.id)).toHaveLength(0);
    await updateApplication(user.id, application.id, form("accepted"));
    expect((await newsLetters(application.id)).map((letter) => letter.recipientName)).toEqual(["Ines Ito", "Omar Haddad"]);
  });

  it("with another user's application: not found, no status change, no letters", async () => {
    const alice = await offerWithHelpers();
    const bob = await createUser(db);
    await createContact(db, bob.id, { role: "referrer" });
    await expect(changeApplicationStatus(bob.id, alice.application.id, "accepted")).rejects.toMatchObject({ code: "NOT_FOUND" });
    const form = applicationSchema.parse({ company: alice.company.name, role: alice.application.role, status: "accepted" });
    await expect(updateApplication(bob.id, alice.application.id, form)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.application.findUniqueOrThrow({ where: { id: alice.application.id } })).toMatchObject({ status: "offer" });
    expect(await db.letter.count({ where: { userId: { in: [alice.user.id, bob.id] } } })).toBe(0);
  });
});
