import { describe, expect, it } from "vitest";
import { isIdShaped } from "./id";

describe("isIdShaped", () => {
  it("accepts Prisma's cuids and SQL's UUIDs", () => {
    expect(isIdShaped("cmxd2nqre0000vj7doxxpqdyc")).toBe(true);
    expect(isIdShaped("3f2b8c1e-9d4a-4b7e-8a21-0c5d6e7f8a9b")).toBe(true);
  });

  it("refuses what a forged request puts where an id goes", () => {
    for (const forged of [
      { not: "" },
      { in: ["cmxd2nqre0000vj7doxxpqdyc"] },
      ["cmxd2nqre0000vj7doxxpqdyc"],
      null,
      undefined,
      42,
      "",
      "\u0000",
      "cmxd2nqre0000vj7doxxpqdy\u0000",
      "\uD800",
      "c".repeat(5000),
      "cmxd2nqre0000vj7doxxpqdyc ",
      "CMXD2NQRE0000VJ7DOXXPQDYC",
      "../cmxd2nqre0000vj7doxxpqdyc",
    ]) {
      expect(isIdShaped(forged), JSON.stringify(forged)).toBe(false);
    }
  });
});
