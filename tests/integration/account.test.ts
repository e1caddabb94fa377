import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { AppError } from "@/lib/errors";
import { findOpenSession } from "@/lib/server/sessions/sessions";
import { authenticateUser } from "@/lib/server/users/authenticate-user";
import { changePassword } from "@/lib/server/users/change-password";
import { deleteAccount } from "@/lib/server/users/delete-account";
import {
  createApplication,
  createContact,
  createFollowUp,
  createInboxMailbox,
  createInboxProposal,
  createInteraction,
  createInterview,
  createRejection,
  createUser,
  DEFAULT_PASSWORD,
} from "../factories";
import { db } from "../support/db";
import { delegateName, userOwnedModels } from "../support/owned-models";

async function openSession(email: string, password = DEFAULT_PASSWORD) {
  const result = await authenticateUser({ email, password, ip: `192.0.2.${Math.floor(Math.random() * 250)}` });
  if (!result.ok) throw new Error(`login failed: ${result.reason}`);
  return result.sessionId;
}

async function countOwnedRows(userId: string) {
  const counts: Record<string, number> = {};
  for (const model of userOwnedModels()) {
    const delegate = (db as unknown as Record<string, { count: (args: unknown) => Promise<number> }>)[delegateName(model)]!;
    counts[model] = await delegate.count({ where: { userId } });
  }
  return counts;
}

/** A user with at least one row in as many owned models as factories reach. */
async function populatedUser() {
  const user = await createUser(db);
  const contact = await createContact(db, user.id);
  const application = await createApplication(db, user.id, { referrerId: contact.id });
  await createInterview(db, user.id, application.id, { interviewerIds: [contact.id] });
  const rejection = await createRejection(db, user.id, application.id, { senderId: contact.id });
  const followUp = await createFollowUp(db, user.id, { contactId: contact.id, rejectionId: rejection.id });
  await createInteraction(db, user.id, contact.id);
  await db.note.create({ data: { userId: user.id, applicationId: application.id, body: "note" } });
  await db.activity.create({ data: { userId: user.id, applicationId: application.id, kind: "created", summary: "created" } });
  await db.template.create({ data: { userId: user.id, kind: "check_in", name: "Mine", subject: "Hi", body: "Hello" } });
  await db.letter.create({ data: { userId: user.id, kind: "rejection_thank_you", contactId: contact.id, rejectionId: rejection.id, subject: "Thanks", body: "Thank you" } });
  await db.notification.create({ data: { userId: user.id, followUpId: followUp.id, title: "Due" } });
  await db.delivery.create({ data: { userId: user.id, followUpId: followUp.id, channel: "email", dueAt: followUp.dueAt } });
  await createInboxProposal(db, user.id, { applicationId: application.id });
  await createInboxMailbox(db, user.id);
  await openSession(user.email);
  await db.apiToken.create({ data: { userId: user.id, name: "Script", tokenHash: `hash-${user.id}`, prefix: "brg_abcdef" } });
  await db.apiIdempotencyKey.create({ data: { userId: user.id, key: "k", fingerprint: "f", status: 201, body: {} } });
  return user;
}

describe("change password", () => {
  it("keeps the current session, ends the others, and needs the current password", async () => {
    const user = await createUser(db);
    const [current, other] = [await openSession(user.email), await openSession(user.email)];

    await expect(changePassword(user.id, { currentPassword: "wrong one", newPassword: "a brand new passphrase" }, current)).rejects.toBeInstanceOf(AppError);
    expect(await findOpenSession(other, user.id)).not.toBeNull();

    await changePassword(user.id, { currentPassword: DEFAULT_PASSWORD, newPassword: "a brand new passphrase" }, current);
    expect(await findOpenSession(current, user.id)).not.toBeNull();
    expect(await findOpenSession(other, user.id)).toBeNull();
    const row = await db.user.findUniqueOrThrow({ where: { id: user.id }, select: { passwordHash: true } });
    expect(await verifyPassword(row.passwordHash, "a brand new passphrase")).toBe(true);
  });
});

describe("delete account", () => {
  it("needs the e-mail typed exactly, and changes nothing otherwise", async () => {
    const user = await populatedUser();
    const before = await countOwnedRows(user.id);
    await expect(deleteAccount(user.id, "not my email")).rejects.toBeInstanceOf(AppError);
    expect(await countOwnedRows(user.id)).toEqual(before);
  });

  it("leaves none of the user's rows in any owned model, and other users untouched", async () => {
    const [doomed, bystander] = [await populatedUser(), await populatedUser()];
    const before = await countOwnedRows(doomed.id);
    // The fixture must really exercise the models, or this test would prove little.
    const empty = Object.entries(before).filter(([, count]) => count === 0).map(([model]) => model);
    expect(empty, "models the fixture left empty").toEqual([]);
    const bystanderBefore = await countOwnedRows(bystander.id);

    await deleteAccount(doomed.id, doomed.email.toUpperCase());

    const after = await countOwnedRows(doomed.id);
    expect(Object.values(after).every((count) => count === 0)).toBe(true);
    expect(await db.user.count({ where: { id: doomed.id } })).toBe(0);
    expect(await countOwnedRows(bystander.id)).toEqual(bystanderBefore);
  });
});
