import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

// What a browser downloads is every module a "use client" file reaches by value. zod alone is
// 32 kB compressed, a fifth of QUALITY.md's dashboard budget, and it came in through a constant
// that lived beside a schema; this keeps server-side libraries out of the client graph.
const SERVER_ONLY_PACKAGES = ["zod", "@prisma/client", "server-only", "nodemailer", "pg", "imapflow", "mailparser"];

const root = path.resolve(__dirname, "..");
const CODE_FOLDERS = ["app", "components", "lib"];

function codeFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return codeFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** The specifiers a module imports or re-exports by value (type-only imports cost no bytes). */
export function valueImports(source: string): string[] {
  const specifiers: string[] = [];
  const statement = /(?:^|\n)\s*(import|export)\s+([^;]*?)\s*from\s*["']([^"']+)["']/g;
  for (const match of source.matchAll(statement)) {
    const clause = match[2]!.trim();
    if (clause.startsWith("type ")) continue;
    const named = /^\{([\s\S]*)\}$/.exec(clause);
    if (named && named[1]!.split(",").every((name) => name.trim() === "" || name.trim().startsWith("type "))) continue;
    specifiers.push(match[3]!);
  }
  for (const match of source.matchAll(/(?:^|\n)\s*import\s+["']([^"']+)["']/g)) specifiers.push(match[1]!);
  return specifiers;
}

function resolveLocal(from: string, specifier: string): string | undefined {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : path.resolve(path.dirname(from), specifier);
  return [".ts", ".tsx", "/index.ts", "/index.tsx", ""].map((suffix) => base + suffix).find((file) => existsSync(file) && /\.tsx?$/.test(file));
}

/** Packages reached from `entry`, each with the chain of modules that brought it in. */
function packagesReachedFrom(entry: string): Map<string, string[]> {
  const reached = new Map<string, string[]>();
  const seen = new Set<string>();
  const visit = (file: string, chain: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    // A server action module is a reference on the client, not its code.
    if (file !== entry && /^\s*["']use server["']/.test(source)) return;
    for (const specifier of valueImports(source)) {
      if (specifier.startsWith(".") || specifier.startsWith("@/")) {
        const target = resolveLocal(file, specifier);
        if (target) visit(target, [...chain, path.relative(root, target)]);
        continue;
      }
      const name = specifier.startsWith("@") ? specifier.split("/").slice(0, 2).join("/") : specifier.split("/")[0]!;
      if (!reached.has(name)) reached.set(name, chain);
    }
  };
  visit(entry, [path.relative(root, entry)]);
  return reached;
}

const clientEntries = CODE_FOLDERS.flatMap((folder) => codeFiles(path.join(root, folder))).filter((file) =>
  /^\s*["']use client["']/.test(readFileSync(file, "utf8")),
);

describe("client components", () => {
  it("finds the client entries and follows value imports only", () => {
    expect(clientEntries.length).toBeGreaterThan(20);
    expect(valueImports(`import type { A } from "zod";\nimport { type B } from "x";\nimport { c, type D } from "y";\nexport { e } from "z";\nimport "w";`)).toEqual(["y", "z", "w"]);
  });

  it.each(clientEntries.map((file) => [path.relative(root, file), file]))("%s reaches no server-side package", (_name, file) => {
    const offending = [...packagesReachedFrom(file)].filter(([name]) => SERVER_ONLY_PACKAGES.includes(name)).map(([name, chain]) => `${name} via ${chain.join(" → ")}`);
    expect(offending).toEqual([]);
  });
});
