import { describe, expect, it } from "vitest";
import { BUILT_IN_TEMPLATES, builtInTemplate } from "@/lib/letters/built-in-templates";
import { copyBuiltInTemplate } from "@/lib/server/templates/copy-built-in-template";
import { deleteTemplate } from "@/lib/server/templates/delete-template";
import { getTemplate } from "@/lib/server/templates/get-template";
import { listTemplates } from "@/lib/server/templates/list-templates";
import { resolveTemplate } from "@/lib/server/templates/resolve-template";
import { updateTemplate } from "@/lib/server/templates/update-template";
import { resetDefaultTemplate } from "@/lib/server/templates/reset-default-template";
import { fieldErrorsOf } from "@/lib/validation/form";
import { templateSchema } from "@/lib/validation/template";
import { createUser } from "../factories";
import { db } from "../support/db";

const edit = (overrides: Record<string, string> = {}) =>
  templateSchema.parse({ name: "Short and warm", subject: "Thanks, {{firstName}}", body: "{{#firstName}}Hi {{firstName}},{{/firstName}} thank you.", ...overrides });

describe("templates", () => {
  it("copies a built-in template for every kind and audience, not as the default", async () => {
    const user = await createUser(db);
    for (const { kind, audience, subject, body } of BUILT_IN_TEMPLATES) {
      const { id } = await copyBuiltInTemplate(user.id, kind, audience);
      expect(await getTemplate(user.id, id)).toMatchObject({ kind, audience, subject, body, isDefault: false });
      expect(await resolveTemplate(user.id, kind, db, audience)).toMatchObject({ id: null, body });
    }
    expect(await listTemplates(user.id)).toHaveLength(BUILT_IN_TEMPLATES.length);
  });

  it("uses the user's default for an audience, else their default for every recipient, else the built-in one", async () => {
    const user = await createUser(db);
    const forEveryone = await db.template.create({
      data: { userId: user.id, kind: "rejection_thank_you", audience: "anyone", name: "Mine", subject: "Thanks", body: "Hi {{firstName}}", isDefault: true },
    });
    const forInterviewers = await copyBuiltInTemplate(user.id, "rejection_thank_you", "interviewer");
    await updateTemplate(user.id, forInterviewers.id, edit({ isDefault: "on" }));
    expect(await resolveTemplate(user.id, "rejection_thank_you", db, "interviewer")).toMatchObject({ id: forInterviewers.id });
    expect(await resolveTemplate(user.id, "rejection_thank_you", db, "sender")).toMatchObject({ id: forEveryone.id });
    // Two defaults of different audiences live side by side.
    expect(await db.template.count({ where: { userId: user.id, isDefault: true } })).toBe(2);
    await resetDefaultTemplate(user.id, "rejection_thank_you", "interviewer");
    expect(await resolveTemplate(user.id, "rejection_thank_you", db, "interviewer")).toMatchObject({ id: forEveryone.id });
    await db.template.delete({ where: { id: forEveryone.id } });
    expect(await resolveTemplate(user.id, "rejection_thank_you", db, "hiring_manager")).toMatchObject({ id: null, body: builtInTemplate("rejection_thank_you", "hiring_manager").body });
  });

  it("makes an edited copy the one default of its kind, and can go back to the built-in one", async () => {
    const user = await createUser(db);
    const first = await copyBuiltInTemplate(user.id, "check_in");
    const second = await copyBuiltInTemplate(user.id, "check_in");
    await updateTemplate(user.id, first.id, edit({ isDefault: "on" }));
    await updateTemplate(user.id, second.id, edit({ name: "Second", isDefault: "on" }));
    const defaults = await db.template.findMany({ where: { userId: user.id, isDefault: true } });
    expect(defaults.map((template) => template.id)).toEqual([second.id]);
    expect(await resolveTemplate(user.id, "check_in", db)).toMatchObject({ id: second.id, subject: "Thanks, {{firstName}}" });

    await resetDefaultTemplate(user.id, "check_in");
    expect(await resolveTemplate(user.id, "check_in", db)).toMatchObject({ id: null, subject: builtInTemplate("check_in").subject });
    await deleteTemplate(user.id, first.id);
    await expect(getTemplate(user.id, first.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("falls back to the built-in template if a stored default is somehow broken", async () => {
    const user = await createUser(db);
    await db.template.create({ data: { userId: user.id, kind: "offer_news", name: "Broken", subject: "Hi {{nickname}}", body: "x", isDefault: true } });
    expect(await resolveTemplate(user.id, "offer_news", db)).toMatchObject({ id: null });
  });
});

describe("templates of another user", () => {
  it("cannot be read, edited, made default or deleted; lists stay separate", async () => {
    const alice = await createUser(db);
    const bob = await createUser(db);
    const { id } = await copyBuiltInTemplate(alice.id, "rejection_thank_you", "sender");
    const before = await db.template.findUniqueOrThrow({ where: { id } });
    await expect(getTemplate(bob.id, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(updateTemplate(bob.id, id, edit({ isDefault: "on" }))).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(deleteTemplate(bob.id, id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await resetDefaultTemplate(bob.id, "rejection_thank_you", "sender");
    expect(await db.template.findUniqueOrThrow({ where: { id } })).toEqual(before);
    expect(await listTemplates(bob.id)).toEqual([]);
    expect(await resolveTemplate(bob.id, "rejection_thank_you", db)).toMatchObject({ id: null });
  });
});

describe("malformed templates", () => {
  it.each([
    [{ name: "" }, "name", "Give the template a name"],
    [{ name: "x".repeat(121) }, "name", "Use at most 120 characters"],
    [{ subject: "" }, "subject", "Write a subject line"],
    [{ subject: "Hi {{nickname}}" }, "subject", /Unknown variable \{\{nickname\}\}/],
    [{ body: "{{#detail}}About it" }, "body", /never closed/],
    [{ body: "Hi {{firstName" }, "body", /not closed or is malformed/],
    [{ body: "Hi {{closeSecond}}" }, "body", /yes\/no fact/],
    [{ body: "x".repeat(20_001) }, "body", "Use at most 20,000 characters"],
  ])("%j → a message on %s", (overrides, field, message) => {
    const result = templateSchema.safeParse({ name: "n", subject: "s", body: "b", ...overrides });
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsOf(result.error).fieldErrors[field]?.[0]).toMatch(message);
  });

  it("refuses smuggled fields", () => {
    expect(templateSchema.safeParse({ name: "n", subject: "s", body: "b", userId: "x", kind: "offer_news" }).success).toBe(false);
  });
});
