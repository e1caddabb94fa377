import { describe, expect, it } from "vitest";
import { listFavours } from "@/lib/server/favours/list-favours";
import { settleFavour } from "@/lib/server/favours/settle-favour";
import { logInteraction } from "@/lib/server/interactions/log-interaction";
import { logInteractionSchema } from "@/lib/validation/interaction";
import { createContact, createUser } from "../factories";
import { db } from "../support/db";

async function referrerWithFavours() {
  const user = await createUser(db);
  const contact = await createContact(db, user.id, { name: "Omar Haddad", role: "referrer" });
  const log = (favour: string, notes: string, occurredAt: string) =>
    logInteraction(user.id, logInteractionSchema.parse({ contactId: contact.id, kind: "message", favour, notes, occurredAt }));
  const received = await log("received", "Referred me to Acme", "2026-10-01T10:00:00Z");
  const given = await log("given", "Reviewed his talk slides", "2026-10-05T10:00:00Z");
  const owed = await log("owed", "Tell him how the Acme interviews went", "2026-10-10T10:00:00Z");
  return { user, contact, received, given, owed };
}

describe("the favours ledger", () => {
  it("lists what was given, received and is still owed, newest first", async () => {
    const { user, contact, received, given, owed } = await referrerWithFavours();
    const ledger = await listFavours(user.id, contact.id);
    expect(ledger.owed.map((entry) => entry.id)).toEqual([owed.id]);
    expect(ledger.given.map((entry) => entry.id)).toEqual([given.id]);
    expect(ledger.received).toMatchObject([{ id: received.id, notes: "Referred me to Acme", occurredAt: new Date("2026-10-01T10:00:00Z") }]);
  });

  it("settling an owed favour turns it into one given and notes it on the timeline, once", async () => {
    const { user, contact, owed, given } = await referrerWithFavours();
    await settleFavour(user.id, owed.id, new Date("2026-11-26T12:00:00Z"));
    const ledger = await listFavours(user.id, contact.id);
    expect(ledger.owed).toHaveLength(0);
    expect(ledger.given.map((entry) => entry.id)).toEqual([owed.id, given.id]);
    const activity = await db.activity.findFirstOrThrow({ where: { contactId: contact.id, summary: { startsWith: "Favour settled" } } });
    expect(activity).toMatchObject({ userId: user.id, summary: "Favour settled with Omar Haddad: Tell him how the Acme interviews went" });

    await expect(settleFavour(user.id, owed.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(settleFavour(user.id, given.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("another user's contact or favour: nothing listed, not found, nothing changed", async () => {
    const alice = await referrerWithFavours();
    const bob = await createUser(db);
    expect(await listFavours(bob.id, alice.contact.id)).toEqual({ owed: [], given: [], received: [] });
    await expect(settleFavour(bob.id, alice.owed.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await db.interaction.findUniqueOrThrow({ where: { id: alice.owed.id } })).toMatchObject({ favour: "owed" });
    expect(await db.activity.count({ where: { userId: bob.id } })).toBe(0);
  });

  it("refuses a favour that is not one of none / given / received / owed, and saves nothing", async () => {
    const { user, contact } = await referrerWithFavours();
    const before = await db.interaction.count({ where: { userId: user.id } });
    for (const favour of ["maybe", "OWED", "<script>", 1]) {
      const parsed = logInteractionSchema.safeParse({ contactId: contact.id, kind: "email", occurredAt: "2026-11-26T10:00:00Z", favour });
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0]!.path).toEqual(["favour"]);
    }
    expect(await db.interaction.count({ where: { userId: user.id } })).toBe(before);
  });
});
