import { describe, expect, it } from "vitest";
import { importChunkSchema } from "./import";

const chunk = { kind: "applications", mapping: { company: 0, role: 1 }, rows: [["Acme", "Engineer"]], firstRowNumber: 2 };

describe("importChunkSchema", () => {
  it("accepts a chunk from the import page", () => {
    expect(importChunkSchema.safeParse(chunk).success).toBe(true);
  });

  it.each([
    [{ ...chunk, userId: "someone-else" }, /Unrecognized key/i],
    [{ ...chunk, kind: "users" }, /Choose what the file holds/],
    [{ ...chunk, rows: Array.from({ length: 2001 }, () => ["a"]) }, /at most 2,000 rows/],
    [{ ...chunk, rows: [["x".repeat(20_001)]] }, /longer than 20,000/],
    [{ ...chunk, mapping: { company: -1 } }, /./],
    [{ ...chunk, rows: "Acme,Engineer" }, /./],
    [{ ...chunk, firstRowNumber: 0 }, /./],
  ])("refuses %#", (input, message) => {
    const result = importChunkSchema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(result.error.issues[0]!.message).toMatch(message);
  });
});
