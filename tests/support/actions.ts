// Server actions as an attacker sees them: ids in the build, POST endpoints, React's wire format.
// Used by the security suite to call every action over HTTP, the way a forged request would.
import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// Tests run from the repository's root (npm test, Playwright and vitest all do).
const root = process.cwd();
const require = createRequire(path.join(root, "package.json"));

/** A server action found in the source: `name` is its exported name, or the inline function's name. */
export type ActionInCode = { file: string; name: string; inline: boolean };

/** A server action in the build: its id and the page route whose POST reaches it. */
export type BuiltAction = ActionInCode & { id: string; route: string };

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(root, dir), { withFileTypes: true }).flatMap((entry) => {
    const relative = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "node_modules" ? [] : sourceFiles(relative);
    return /\.(ts|tsx)$/.test(entry.name) && !/\.(test|spec)\.tsx?$/.test(entry.name) ? [relative] : [];
  });
}

const FILE_DIRECTIVE = /^(?:\s*\/\/[^\n]*\n|\s*\/\*[\s\S]*?\*\/)*\s*["']use server["']/;
const EXPORTED_FUNCTION = /export\s+(?:async\s+function\s+(\w+)|const\s+(\w+)\s*=\s*async\b)/g;
const INLINE_ACTION = /async\s+function\s+(\w+)\s*\([^)]*\)[^{]*\{\s*["']use server["']/g;

/** Every server action of app/** and components/**: exports of "use server" files, and inline ones. */
export function serverActionsInCode(dirs = ["app", "components"]): ActionInCode[] {
  return dirs.flatMap(sourceFiles).flatMap((file): ActionInCode[] => {
    const source = readFileSync(path.join(root, file), "utf8");
    if (FILE_DIRECTIVE.test(source)) {
      return [...source.matchAll(EXPORTED_FUNCTION)].map((match) => ({ file, name: (match[1] ?? match[2])!, inline: false }));
    }
    return [...source.matchAll(INLINE_ACTION)].map((match) => ({ file, name: match[1]!, inline: true }));
  });
}

/** "app/(app)/applications/[id]/edit/page" → "/applications/<placeholder>/edit". */
export function pageRoute(worker: string, placeholder = "not-an-id"): string {
  const segments = worker
    .replace(/^app\//, "")
    .replace(/\/?page$/, "")
    .split("/")
    .filter((segment) => segment && !/^\(.*\)$/.test(segment))
    .map((segment) => (/^\[.*\]$/.test(segment) ? placeholder : segment));
  return `/${segments.join("/")}`;
}

type Manifest = { node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }> };

/**
 * The actions of the production build, read from its server-reference manifest. Inline actions
 * are named there `$$RSC_SERVER_ACTION_<n>` in the order they appear in their file, so they are
 * matched to the code's function names by that order.
 */
export function serverActionsInBuild(distDir = process.env.BRIDGES_DIST_DIR || ".next"): BuiltAction[] {
  const manifest = JSON.parse(readFileSync(path.join(root, distDir, "server/server-reference-manifest.json"), "utf8")) as Manifest;
  const inlineNames = new Map<string, string[]>();
  for (const action of serverActionsInCode()) {
    if (action.inline) inlineNames.set(action.file, [...(inlineNames.get(action.file) ?? []), action.name]);
  }
  return Object.entries(manifest.node).map(([id, entry]) => {
    const inlineIndex = /^\$\$RSC_SERVER_ACTION_(\d+)$/.exec(entry.exportedName)?.[1];
    const name = inlineIndex === undefined ? entry.exportedName : (inlineNames.get(entry.filename)?.[Number(inlineIndex)] ?? entry.exportedName);
    const pages = Object.keys(entry.workers).filter((worker) => worker.endsWith("/page"));
    // A static page when there is one: the response then never depends on whose id is in the URL.
    const worker = pages.find((page) => !page.includes("[")) ?? pages[0] ?? Object.keys(entry.workers)[0]!;
    return { id, file: entry.filename, name, inline: inlineIndex !== undefined, route: pageRoute(worker) };
  });
}

type ReactClient = { encodeReply: (value: unknown[]) => Promise<FormData | string> };

/** The body React sends for `action(...args)`: FormData once a FormData or File is among them. */
export async function encodeActionArgs(args: unknown[]): Promise<FormData> {
  // React's own client encoder, the one the browser bundle uses, loaded only when calling actions.
  const { encodeReply } = require("next/dist/compiled/react-server-dom-turbopack/client.edge.js") as ReactClient;
  const encoded = await encodeReply(args);
  if (typeof encoded !== "string") return encoded;
  const body = new FormData();
  body.set("0", encoded);
  return body;
}

/** A FormData from plain fields; an array value repeats the field (checkbox groups, multi-selects). */
export function form(fields: Record<string, string | string[]>): FormData {
  const data = new FormData();
  for (const [key, value] of Object.entries(fields)) {
    for (const item of Array.isArray(value) ? value : [value]) data.append(key, item);
  }
  return data;
}

/** Arguments as text, FormData included: to tell what a response echoes from what it leaks. */
export function describeArgs(args: unknown[]): string {
  return JSON.stringify(args, (_key, value: unknown) => (value instanceof FormData ? [...value.entries()] : value));
}

/** The minimal surface of Playwright's APIRequestContext this needs (keeps this file framework-free). */
type Requester = {
  post(url: string, options: { headers: Record<string, string>; multipart: FormData; maxRedirects: number; failOnStatusCode: boolean }): Promise<{
    status(): number;
    text(): Promise<string>;
    headers(): Record<string, string>;
  }>;
};

export type ActionResponse = { status: number; body: string; headers: Record<string, string> };

/** Calls a server action over HTTP exactly as the browser's router would. */
export async function callAction(request: Requester, baseURL: string, action: Pick<BuiltAction, "id" | "route">, args: unknown[]): Promise<ActionResponse> {
  const response = await request.post(action.route, {
    headers: { "Next-Action": action.id, Origin: baseURL, Accept: "text/x-component" },
    multipart: await encodeActionArgs(args),
    maxRedirects: 0,
    failOnStatusCode: false,
  });
  return { status: response.status(), body: await response.text(), headers: response.headers() };
}

/**
 * The action's return value from a flight response: the row that `0:{"a":"$@1",…}` points to.
 * Enough for plain objects like FormState; undefined when the action redirected or threw.
 */
export function actionResult(body: string): unknown {
  const root = /^0:(.*)$/m.exec(body)?.[1];
  if (!root) return undefined;
  const pointer = /"a":"\$@([0-9a-f]+)"/.exec(root)?.[1];
  if (!pointer) return undefined;
  const line = new RegExp(`^${pointer}:(.*)$`, "m").exec(body)?.[1];
  if (!line) return undefined;
  try {
    return JSON.parse(line);
  } catch {
    return undefined;
  }
}

/** Strings people paste and attackers forge: every field and every id must survive each of them. */
export const HOSTILE_STRINGS = [
  "",
  "   ",
  "x".repeat(10_240),
  "2026-02-30",
  "2026-13-01",
  "0000-00-00",
  "2026-11-26T25:61",
  "not-an-email",
  "a@",
  "@example.com",
  "a@b",
  "javascript:alert(1)",
  "data:text/html,<script>alert(1)</script>",
  "ftp://example.com",
  "https://",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "'; DROP TABLE \"User\"; --",
  "' OR '1'='1",
  "1; SELECT pg_sleep(10)",
  "\u202Egnp.exe",
  "مرحبا بالعالم",
  "👩🏽‍💻🚀✨",
  "\u0000",
  "a\u0000b",
  "\uFEFF\u200B",
  "𝕏".repeat(300),
  "-1",
  "1e309",
  "NaN",
  "null",
  "[object Object]",
  '=HYPERLINK("http://evil")',
];
