// Serves a signed-in list page again, as rendered, while nothing it shows has changed
// (docs/decisions/0022-page-cache.md). It sits in scripts/serve.ts in front of Next.js, because a
// page Next.js renders from its own cache is still rendered to HTML on every request.
//
// A page is kept under its session, the user's data version (moved by a trigger on every write to
// the user's rows, migration 20261207230000), the URL and the request's cookies, for the minute it
// was rendered in. The version is read before Next.js renders, so a page that began before a
// write is kept under the version the write moved away from, and is never served after it.
import type { IncomingMessage, ServerResponse } from "node:http";
import { readSessionToken } from "../auth/session-cookie";
import { newNonce } from "../security/nonce";
import { findOpenSession } from "../server/sessions/sessions";
import { createPageStore, type PageStore, type StoredPage } from "./page-store";

/**
 * The pages kept: the signed-in lists and the dashboard, whose every input is the database, the
 * URL, the cookies and the time. A page that reads request headers (Settings lists the sessions by
 * device) or state outside the database (an import in progress) is not on it.
 */
export const CACHED_PAGES: ReadonlySet<string> = new Set([
  "/dashboard",
  "/applications",
  "/board",
  "/contacts",
  "/follow-ups",
  "/letters",
  "/notifications",
  "/inbox",
  "/insights",
  "/search",
]);

/** Response header saying whether the page came from the cache (for the tests and a curious operator). */
export const CACHE_STATUS_HEADER = "x-bridges-page-cache";

// Per connection, or recomputed when served.
const UNSTORED_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", CACHE_STATUS_HEADER]);

type Handler = (request: IncomingMessage, response: ServerResponse) => unknown;

/**
 * Whether this request asks for a whole page that may be kept. Not a client navigation's RSC
 * payload: Next.js varies it by the router's state, which differed between two navigations to the
 * same page from the same page in the browser tests, so such payloads were kept and never served.
 */
function isWholePageRequest(request: IncomingMessage): boolean {
  const headers = request.headers;
  if (request.method !== "GET" || !headers.cookie) return false;
  if (headers.rsc || headers["next-action"] || headers["next-router-prefetch"] || headers["next-router-state-tree"] || headers.range) return false;
  const url = new URL(request.url ?? "/", "http://bridges.invalid");
  return !url.searchParams.has("_rsc") && CACHED_PAGES.has(url.pathname);
}

function cookieReader(header: string) {
  const cookies = new Map<string, string>();
  for (const part of header.split(";")) {
    const at = part.indexOf("=");
    if (at > 0) cookies.set(part.slice(0, at).trim(), part.slice(at + 1).trim());
  }
  return (name: string) => cookies.get(name);
}

const NONCE_IN_POLICY = /'nonce-([^']+)'/;


function serve(response: ServerResponse, page: StoredPage) {
  const fresh = page.nonce ? newNonce() : null;
  const rewrite = (text: string) => (page.nonce && fresh ? text.replaceAll(page.nonce, fresh) : text);
  const body = rewrite(page.body);
  for (const [name, value] of Object.entries(page.headers)) response.setHeader(name, Array.isArray(value) ? value.map(rewrite) : rewrite(value));
  response.setHeader(CACHE_STATUS_HEADER, "hit");
  response.setHeader("content-length", Buffer.byteLength(body));
  response.statusCode = 200;
  response.end(body);
}

/** Records what Next.js sends, as it sends it, and hands over the page once it is all sent (null: not one to keep, or never finished). */
function capture(response: ServerResponse, keep: (page: StoredPage | null) => void) {
  const chunks: Buffer[] = [];
  const write = response.write.bind(response) as (...args: unknown[]) => boolean;
  const end = response.end.bind(response) as (...args: unknown[]) => ServerResponse;
  const record = (chunk: unknown, encoding: unknown) => {
    if (typeof chunk === "string") chunks.push(Buffer.from(chunk, typeof encoding === "string" ? (encoding as BufferEncoding) : "utf8"));
    else if (chunk instanceof Uint8Array) chunks.push(Buffer.from(chunk));
  };
  response.write = ((chunk: unknown, ...rest: unknown[]) => {
    record(chunk, rest[0]);
    return write(chunk, ...rest);
  }) as typeof response.write;
  response.end = ((chunk?: unknown, ...rest: unknown[]) => {
    if (chunk !== undefined && typeof chunk !== "function") record(chunk, rest[0]);
    return end(chunk, ...rest);
  }) as typeof response.end;
  // A connection closed before the end: nothing to keep.
  response.once("close", () => keep(null));
  response.once("finish", () => {
    const headers = response.getHeaders();
    const type = String(headers["content-type"] ?? "");
    // Only a whole, plain HTML page that sets nothing: a redirect, an error page, a response that
    // signs in or out, or one compressed by someone else is served as it comes, never kept.
    if (response.statusCode !== 200 || !type.startsWith("text/html") || headers["set-cookie"] || headers["content-encoding"]) return keep(null);
    const kept: Record<string, string | string[]> = {};
    for (const [name, value] of Object.entries(headers)) {
      if (value === undefined || UNSTORED_HEADERS.has(name)) continue;
      kept[name] = Array.isArray(value) ? value : String(value);
    }
    const policy = String(headers["content-security-policy"] ?? "");
    keep({ headers: kept, body: Buffer.concat(chunks).toString("utf8"), nonce: NONCE_IN_POLICY.exec(policy)?.[1] ?? null });
  });
}

export type PageCacheOptions = { maxBytes: number; store?: PageStore };

/** The key of this request's page, or null when it is not one to keep (or whose session is not open). */
async function pageKey(request: IncomingMessage): Promise<string | null> {
  if (!isWholePageRequest(request)) return null;
  const cookieHeader = request.headers.cookie!;
  const token = await readSessionToken(cookieReader(cookieHeader));
  // Signed out, expired, revoked: Next.js answers (with the redirect to /login).
  const session = token ? await findOpenSession(token.sid, token.uid) : null;
  if (!token || !session) return null;
  return [token.sid, session.dataVersion, request.url, cookieHeader].join("\n");
}

/** Wraps Next.js's request handler: kept pages are served from memory, the rest go through. */
export function withPageCache(handle: Handler, { maxBytes, store = createPageStore({ maxBytes }) }: PageCacheOptions): Handler {
  if (maxBytes <= 0) return handle;
  // Renders under way, by key: requests for a page being rendered wait for it rather than render
  // it again (at each new minute, every open tab's next request would otherwise render at once).
  const rendering = new Map<string, Promise<StoredPage | null>>();
  return async (request, response) => {
    const renderedAt = Date.now();
    // The database unreachable, say: Next.js answers as it would without the cache.
    const key = await pageKey(request).catch(() => null);
    if (!key) return handle(request, response);
    const page = store.get(key) ?? (await rendering.get(key));
    if (page) return serve(response, page);
    // Plain HTML to keep: compression, if any, is the reverse proxy's (docs/deploy.md).
    delete request.headers["accept-encoding"];
    response.setHeader(CACHE_STATUS_HEADER, "miss");
    let settle!: (page: StoredPage | null) => void;
    const render = new Promise<StoredPage | null>((resolve) => (settle = resolve));
    rendering.set(key, render);
    let settled = false;
    capture(response, (rendered) => {
      if (settled) return; // "close" follows "finish"
      settled = true;
      if (rendered) store.set(key, rendered, renderedAt);
      if (rendering.get(key) === render) rendering.delete(key);
      settle(rendered);
    });
    return handle(request, response);
  };
}
