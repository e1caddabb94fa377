// The page cache (lib/page-cache, docs/decisions/0022-page-cache.md) in front of a handler that
// renders from the real database the way a page does: kept pages come back only for their own
// open session, with a fresh nonce, and never after a write to the user's rows.
// tests/e2e/page-cache.spec.ts checks the same in front of the real Next.js server.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { encode } from "next-auth/jwt";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sessionCookieName } from "@/lib/auth/session-cookie";
import { env } from "@/lib/env";
import { CACHE_STATUS_HEADER, withPageCache } from "@/lib/page-cache/serve-cached-pages";
import { openSession, revokeSession } from "@/lib/server/sessions/sessions";
import { createCompany, createUser } from "../factories";
import { db } from "../support/db";

const COOKIE = sessionCookieName(false);
let server: Server;
let origin: string;
let renders = 0;

/** Renders like a page: whose session (the app's own cookie reading is what the cache reuses), what the database holds. */
async function render(request: IncomingMessage, response: ServerResponse) {
  renders += 1;
  const nonce = `nonce-${renders}`;
  // A render that takes a while, as the heavy user's dashboard does under load.
  if (request.url!.includes("slow")) await new Promise((resolve) => setTimeout(resolve, 300));
  const userId = new URL(request.url!, origin).searchParams.get("as") ?? "";
  const companies = await db.company.findMany({ where: { userId }, select: { name: true }, orderBy: { name: "asc" } });
  response.setHeader("content-type", "text/html; charset=utf-8");
  response.setHeader("content-security-policy", `script-src 'self' 'nonce-${nonce}'`);
  if (request.url!.includes("set-cookie")) response.setHeader("set-cookie", "bridges-flash=; Max-Age=0");
  response.write(`<!doctype html><script nonce="${nonce}"></script>`);
  response.end(`<ul>${companies.map((company) => `<li>${company.name}</li>`).join("")}</ul><p>${request.headers["accept-encoding"] ?? "identity"}</p>`);
}

beforeAll(async () => {
  server = createServer(withPageCache(render, { maxBytes: 1024 * 1024 }));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));

async function signedIn() {
  const user = await createUser(db);
  const sessionId = await openSession(user.id, "vitest");
  const token = await encode({ token: { sub: user.id, sid: sessionId, uid: user.id }, secret: env().AUTH_SECRET, salt: COOKIE, maxAge: 3600 });
  return { user, sessionId, cookie: `${COOKIE}=${token}; bridges-theme=dark` };
}

async function get(path: string, cookie?: string, headers: Record<string, string> = {}) {
  const response = await fetch(origin + path, { headers: { ...(cookie ? { cookie } : {}), "accept-encoding": "gzip", ...headers } });
  const body = await response.text();
  const policy = response.headers.get("content-security-policy") ?? "";
  return { status: response.headers.get(CACHE_STATUS_HEADER), body, policyNonce: /'nonce-([^']+)'/.exec(policy)?.[1], bodyNonce: /nonce="([^"]+)"/.exec(body)?.[1] };
}

describe("the page cache", () => {
  it("serves a page again, with a fresh nonce, until a write to the user's rows; then renders it anew", async () => {
    const { user, cookie } = await signedIn();
    await createCompany(db, user.id, { name: "Acme" });
    const path = `/dashboard?as=${user.id}`;

    const first = await get(path, cookie);
    expect(first).toMatchObject({ status: "miss" });
    expect(first.body).toContain("<li>Acme</li>");
    // Kept as plain HTML: the page was asked for without compression.
    expect(first.body).toContain("<p>identity</p>");

    const again = await get(path, cookie);
    expect(again.status).toBe("hit");
    expect(again.body.replaceAll(again.bodyNonce!, "N")).toBe(first.body.replaceAll(first.bodyNonce!, "N"));
    expect(again.bodyNonce).not.toBe(first.bodyNonce);
    expect(again.policyNonce).toBe(again.bodyNonce);

    await createCompany(db, user.id, { name: "Bright" });
    const afterWrite = await get(path, cookie);
    expect(afterWrite.status).toBe("miss");
    expect(afterWrite.body).toContain("<li>Bright</li>");
    expect((await get(path, cookie)).status).toBe("hit");
  });

  it("keeps each session's page apart: another user, another cookie, another URL is rendered for itself", async () => {
    const alex = await signedIn();
    const sam = await signedIn();
    await createCompany(db, alex.user.id, { name: "Alex's secret employer" });
    const path = `/applications?as=${alex.user.id}`;
    expect((await get(path, alex.cookie)).status).toBe("miss");
    expect((await get(path, alex.cookie)).status).toBe("hit");
    // Sam asking for the very same URL gets a render of their own, never Alex's kept page.
    expect((await get(path, sam.cookie)).status).toBe("miss");
    expect((await get(path, `${alex.cookie}; bridges-sidebar=collapsed`)).status).toBe("miss");
    expect((await get(`${path}&q=a`, alex.cookie)).status).toBe("miss");
  });

  it("renders a page once for requests that ask for it while it is being rendered", async () => {
    const { user, cookie } = await signedIn();
    const rendersBefore = renders;
    const answers = await Promise.all(Array.from({ length: 6 }, () => get(`/board?as=${user.id}&slow`, cookie)));
    expect(renders).toBe(rendersBefore + 1);
    expect(answers.map((answer) => answer.status).sort()).toEqual(["hit", "hit", "hit", "hit", "hit", "miss"]);
    // Each with its own nonce all the same.
    expect(new Set(answers.map((answer) => answer.bodyNonce)).size).toBe(6);
  });

  it("passes through what it must not keep: signed out, a revoked session, an action, a client navigation, other pages, a response that sets a cookie", async () => {
    const { user, sessionId, cookie } = await signedIn();
    const path = `/contacts?as=${user.id}`;
    expect((await get(path)).status).toBeNull();
    expect((await get(path, `${COOKIE}=forged`)).status).toBeNull();
    expect((await get(path, cookie, { "next-action": "abc" })).status).toBeNull();
    expect((await get(path, cookie, { rsc: "1", "next-router-state-tree": "%5B%22%22%5D" })).status).toBeNull();
    expect((await get(`/settings?as=${user.id}`, cookie)).status).toBeNull();

    expect((await get(`/letters?as=${user.id}&set-cookie`, cookie)).status).toBe("miss");
    expect((await get(`/letters?as=${user.id}&set-cookie`, cookie)).status).toBe("miss");

    expect((await get(path, cookie)).status).toBe("miss");
    expect((await get(path, cookie)).status).toBe("hit");
    await revokeSession(user.id, sessionId);
    const rendersBefore = renders;
    expect((await get(path, cookie)).status).toBeNull();
    expect(renders).toBe(rendersBefore + 1);
  });
});
