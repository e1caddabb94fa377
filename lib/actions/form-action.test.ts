import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { notFound } from "../errors";

vi.mock("../auth/current-user", () => ({ requireActionUser: async () => ({ id: "cmxd2nqre0000vj7doxxpqdyc", timeZone: "UTC" }) }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { runFormAction, toId } = await import("./form-action");

describe("toId, the guard for every id from the client", () => {
  it("passes an id of the id's shape through", () => {
    expect(toId("cmxd2nqre0000vj7doxxpqdyc")).toBe("cmxd2nqre0000vj7doxxpqdyc");
  });

  it("answers anything else as not found, before a query could see it", () => {
    // { not: "zzz" } once rewrote every follow-up of the caller in one updateMany.
    for (const forged of [{ not: "zzz" }, { in: ["cmxd2nqre0000vj7doxxpqdyc"] }, "\u0000", "\uD800", undefined, "x".repeat(65)]) {
      expect(() => toId(forged), JSON.stringify(forged)).toThrowError(expect.objectContaining({ code: "NOT_FOUND" }));
    }
  });
});

describe("runFormAction", () => {
  const schema = z.strictObject({});

  it("turns a domain NOT_FOUND into the form's message", async () => {
    const outcome = await runFormAction(schema, {}, () => Promise.reject(notFound("Follow-up")));
    expect(outcome).toEqual({ ok: false, state: { message: "Follow-up not found", fieldErrors: undefined, values: {} } });
  });

  it("turns a forged bound id into the form's message, and the domain function never runs", async () => {
    const run = vi.fn();
    const outcome = await runFormAction(schema, {}, () => run(toId({ not: "" })));
    expect(outcome.ok).toBe(false);
    expect(run).not.toHaveBeenCalled();
  });

  it("lets any other error through as the bug it is (a logged 500), not as 'not found'", async () => {
    const prismaRefusal = Object.assign(new Error("Argument `id`: Invalid value provided. Expected String, provided Object."), {
      name: "PrismaClientValidationError",
    });
    await expect(runFormAction(schema, {}, () => Promise.reject(prismaRefusal))).rejects.toBe(prismaRefusal);
  });
});
