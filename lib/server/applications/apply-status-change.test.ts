import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const serverFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return serverFiles(full);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [full] : [];
  });

describe("applyStatusChange", () => {
  it("is the only code that writes an application's status (bulk import aside), so no status change skips its side effects", () => {
    const writers = serverFiles("lib/server").filter((file) => {
      const source = readFileSync(file, "utf8");
      // An update of applications whose data names the status, or spreads the form's fields (which hold it).
      return /\.application\.update(Many)?\(\{[\s\S]{0,300}?data:\s*\{[^}]*(\bstatus\b|\.\.\.applicationFields\()/.test(source);
    });
    expect(writers.map((file) => path.relative("lib/server", file))).toEqual(["applications/apply-status-change.ts"]);
  });
});
