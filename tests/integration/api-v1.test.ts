import { beforeAll, describe, expect, it } from "vitest";
import * as applicationRoute from "@/app/api/v1/applications/[id]/route";
import * as rejectionRoute from "@/app/api/v1/applications/[id]/rejection/route";
import * as applicationsRoute from "@/app/api/v1/applications/route";
import * as contactsRoute from "@/app/api/v1/contacts/route";
import * as followUpsRoute from "@/app/api/v1/follow-ups/route";
import * as openApiRoute from "@/app/api/v1/openapi.json/route";
import { checkOrigin } from "@/lib/api/cors";
import { API_RATE_LIMIT } from "@/lib/api/rate-limit";
import { MAX_BODY_BYTES } from "@/lib/api/request-body";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { createApiTokenSchema } from "@/lib/validation/api-token";
import { createApplication, createContact, createFollowUp, createUser } from "../factories";
import { db } from "../support/db";

const BASE = "http://localhost:3000/api/v1";
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;
type Call = { token?: string; body?: unknown; rawBody?: string; headers?: Record<string, string>; params?: Record<string, string>; query?: string };

async function call(handler: Handler, method: string, path: string, { token, body, rawBody, headers = {}, params = {}, query = "" }: Call = {}) {
  const text = rawBody ?? (body === undefined ? undefined : JSON.stringify(body));
  const request = new Request(`${BASE}${path}${query}`, {
    method,
    body: text,
    headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...(text !== undefined ? { "Content-Type": "application/json" } : {}), ...headers },
  });
  const response = await handler(request, { params: Promise.resolve(params) });
  const contentType = response.headers.get("content-type") ?? "";
  const json = response.status === 204 ? null : await response.json();
  return { status: response.status, json, contentType, headers: response.headers };
}

const tokenFor = async (userId: string) => (await createApiToken(userId, createApiTokenSchema.parse({ name: "test" }))).secret;

let owner: { id: string };
let stranger: { id: string };
let ownerToken: string;
let strangerToken: string;
let revokedToken: string;
let expiredToken: string;
let applicationId: string;

beforeAll(async () => {
  owner = await createUser(db);
  stranger = await createUser(db);
  ownerToken = await tokenFor(owner.id);
  strangerToken = await tokenFor(stranger.id);
  const revoked = await createApiToken(owner.id, createApiTokenSchema.parse({ name: "old" }));
  await revokeApiToken(owner.id, revoked.id);
  revokedToken = revoked.secret;
  expiredToken = (await createApiToken(owner.id, createApiTokenSchema.parse({ name: "short", expiresIn: "30" }), new Date(Date.now() - 31 * 86_400_000))).secret;
  const application = await createApplication(db, owner.id, { role: "Owner's Role" });
  applicationId = application.id;
  const contact = await createContact(db, owner.id, { name: "Owner's Contact" });
  await createFollowUp(db, owner.id, { contactId: contact.id, title: "Owner's follow-up", dueAt: new Date(Date.now() - 3 * 86_400_000) });
});

const rejection = { receivedOn: "2026-11-20", stageReached: "interview", stageRound: 2, channel: "email", closeSecond: true, keepOnFile: true };

// Every endpoint: [name, handler, method, path, params, body]
const endpoints: [string, Handler, string, string, () => Record<string, string>, unknown][] = [
  ["GET /applications", applicationsRoute.GET as Handler, "GET", "/applications", () => ({}), undefined],
  ["POST /applications", applicationsRoute.POST as Handler, "POST", "/applications", () => ({}), { company: "Matrix Co", role: "Engineer", status: "wishlist" }],
  ["GET /applications/{id}", applicationRoute.GET as Handler, "GET", "/applications/x", () => ({ id: applicationId }), undefined],
  ["PATCH /applications/{id}", applicationRoute.PATCH as Handler, "PATCH", "/applications/x", () => ({ id: applicationId }), { notes: "patched" }],
  ["POST /applications/{id}/rejection", rejectionRoute.POST as Handler, "POST", "/applications/x/rejection", () => ({ id: applicationId }), rejection],
  ["GET /contacts", contactsRoute.GET as Handler, "GET", "/contacts", () => ({}), undefined],
  ["POST /contacts", contactsRoute.POST as Handler, "POST", "/contacts", () => ({}), { name: "Matrix Person", role: "recruiter" }],
  ["GET /follow-ups", followUpsRoute.GET as Handler, "GET", "/follow-ups", () => ({}), undefined],
];

describe.each(endpoints)("%s", (_name, handler, method, path, params, body) => {
  it("refuses a missing, revoked, expired or unknown token with a 401 problem", async () => {
    for (const token of [undefined, revokedToken, expiredToken, `brg_${"x".repeat(43)}`, "not-a-token"]) {
      const response = await call(handler, method, path, { token, body, params: params() });
      expect(response.status).toBe(401);
      expect(response.contentType).toBe("application/problem+json");
      expect(response.json).toMatchObject({ type: "about:blank", status: 401, title: "Unauthorized" });
      expect(response.headers.get("www-authenticate")).toMatch(/^Bearer/);
    }
  });

  it("never shows or changes another user's rows", async () => {
    const before = await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true, notes: true } });
    const response = await call(handler, method, path, { token: strangerToken, body, params: params() });
    expect(response.status).toBeLessThan(500);
    expect(JSON.stringify(response.json)).not.toMatch(/Owner's/);
    if (path.includes("/x")) expect(response.status).toBe(404);
    expect(await db.application.findUniqueOrThrow({ where: { id: applicationId }, select: { status: true, notes: true } })).toEqual(before);
  });
});

describe("with the owner's token", () => {
  it("creates, reads, lists and patches an application with the form's schema", async () => {
    const created = await call(applicationsRoute.POST as Handler, "POST", "/applications", {
      token: ownerToken,
      body: { company: "Globex", role: "Platform Engineer", status: "applied", appliedOn: "2026-11-02", priority: 3, tags: ["Remote", "dream job"], postingDescription: "## About\nBuild things." },
    });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ company: { name: "Globex" }, role: "Platform Engineer", priority: 3, tags: ["remote", "dream job"], appliedOn: "2026-11-02", postingDescription: "## About\nBuild things." });
    const id = created.json.id as string;
    const patched = await call(applicationRoute.PATCH as Handler, "PATCH", `/applications/${id}`, { token: ownerToken, params: { id }, body: { status: "screening", location: null } });
    expect(patched.status).toBe(200);
    expect(patched.json).toMatchObject({ status: "screening", role: "Platform Engineer", tags: ["remote", "dream job"], postingDescription: "## About\nBuild things.", location: null });
    const read = await call(applicationRoute.GET as Handler, "GET", `/applications/${id}`, { token: ownerToken, params: { id } });
    expect(read.json.status).toBe("screening");
    const list = await call(applicationsRoute.GET as Handler, "GET", "/applications", { token: ownerToken, query: "?status=screening" });
    expect(list.json.items.map((item: { id: string }) => item.id)).toContain(id);
    expect(list.json.items.every((item: { status: string }) => item.status === "screening")).toBe(true);
    const timeline = await db.activity.findMany({ where: { applicationId: id }, select: { kind: true } });
    expect(timeline.map((entry) => entry.kind).sort()).toEqual(["created", "status_changed"]);
  });

  it("logs a rejection as the form does: Rejected, and the letters drafted", async () => {
    const application = await createApplication(db, owner.id, { status: "interviewing" });
    const response = await call(rejectionRoute.POST as Handler, "POST", "/x", {
      token: ownerToken,
      params: { id: application.id },
      body: { ...rejection, newSenderName: "Rita Recruiter", newSenderEmail: "rita@example.test" },
    });
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({ applicationId: application.id, isNew: true, lettersDrafted: 1 });
    expect((await db.application.findUniqueOrThrow({ where: { id: application.id } })).status).toBe("rejected");
    expect(await db.letter.count({ where: { applicationId: application.id, userId: owner.id, status: "draft" } })).toBe(1);
  });

  it("creates and lists contacts, and lists follow-ups by due group", async () => {
    const created = await call(contactsRoute.POST as Handler, "POST", "/contacts", { token: ownerToken, body: { name: "Ada API", role: "recruiter", email: "ADA@example.test", keepInTouchDays: 45 } });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ name: "Ada API", email: "ada@example.test", role: "recruiter" });
    const list = await call(contactsRoute.GET as Handler, "GET", "/contacts", { token: ownerToken, query: "?q=ada%20api" });
    expect(list.json.items.map((item: { id: string }) => item.id)).toEqual([created.json.id]);
    const overdue = await call(followUpsRoute.GET as Handler, "GET", "/follow-ups", { token: ownerToken, query: "?due=overdue" });
    expect(overdue.json.items.map((item: { title: string; due: string }) => [item.title, item.due])).toEqual([["Owner's follow-up", "overdue"]]);
    const later = await call(followUpsRoute.GET as Handler, "GET", "/follow-ups", { token: ownerToken, query: "?due=later" });
    expect(later.json.items).toEqual([]);
    const wrong = await call(followUpsRoute.GET as Handler, "GET", "/follow-ups", { token: ownerToken, query: "?due=yesterday" });
    expect(wrong.status).toBe(422);
  });
});

describe("GET /applications?postingUrl= (the clipper's duplicate check)", () => {
  const find = (token: string, postingUrl: string) =>
    call(applicationsRoute.GET as Handler, "GET", "/applications", { token, query: `?postingUrl=${encodeURIComponent(postingUrl)}` });
  const ids = (response: { json: { items: { id: string }[] } }) => response.json.items.map((item) => item.id);

  it("finds the token user's applications saved from that posting, ignoring its fragment and a trailing slash", async () => {
    const saved = await createApplication(db, owner.id, { postingUrl: "https://jobs.example.org/clip/7/" });
    const other = await createApplication(db, owner.id, { postingUrl: "https://jobs.example.org/clip/70" });
    for (const url of ["https://jobs.example.org/clip/7", "https://jobs.example.org/clip/7/", "https://jobs.example.org/clip/7#apply"]) {
      const response = await find(ownerToken, url);
      expect(response.status).toBe(200);
      expect(ids(response)).toEqual([saved.id]);
    }
    expect(ids(await find(ownerToken, "https://jobs.example.org/clip/70"))).toEqual([other.id]);
    expect((await find(ownerToken, "https://jobs.example.org/clip/8")).json).toMatchObject({ items: [], total: 0 });
  });

  it("never finds another user's application, nor one in the trash", async () => {
    await createApplication(db, stranger.id, { postingUrl: "https://jobs.example.org/theirs" });
    expect((await find(ownerToken, "https://jobs.example.org/theirs")).json.total).toBe(0);
    await createApplication(db, owner.id, { postingUrl: "https://jobs.example.org/trashed", deletedAt: new Date() });
    expect((await find(ownerToken, "https://jobs.example.org/trashed")).json.total).toBe(0);
  });

  it("refuses an address that is not a web address with a 422 naming the field", async () => {
    const response = await find(ownerToken, "javascript:alert(1)");
    expect(response.status).toBe(422);
    expect(response.contentType).toBe("application/problem+json");
    expect(Object.keys(response.json.errors)).toEqual(["postingUrl"]);
  });

  it("finds what a clip just saved (the extension's round trip)", async () => {
    const postingUrl = `https://jobs.example.org/round-trip-${Date.now()}`;
    const created = await call(applicationsRoute.POST as Handler, "POST", "/applications", {
      token: ownerToken,
      headers: { "Idempotency-Key": `round-trip-${Date.now()}` },
      body: { company: "Clipco", role: "Clipped Engineer", status: "wishlist", postingUrl, tags: ["remote"] },
    });
    expect(created.status).toBe(201);
    expect(ids(await find(ownerToken, postingUrl))).toEqual([created.json.id]);
  });
});

describe("bad input gets a 4xx problem, never a 5xx, and writes nothing", () => {
  const cases: [string, Call, number][] = [
    ["bad JSON", { rawBody: "{ not json" }, 400],
    ["a JSON array", { body: [1, 2] }, 422],
    ["a JSON string", { body: "company" }, 422],
    ["wrong types", { body: { company: { $ne: "" }, role: 42, status: "applied" } }, 422],
    ["an unknown status", { body: { company: "A", role: "B", status: "hired" } }, 422],
    ["a smuggled userId", { body: { company: "A", role: "B", status: "applied", userId: "someone-else" } }, 422],
    ["a javascript: posting URL", { body: { company: "A", role: "B", status: "applied", postingUrl: "javascript:alert(1)" } }, 422],
    ["a NUL and a lone surrogate", { body: { company: "A\u0000B", role: "\ud800", status: "applied" } }, 201],
    ["an oversized body", { body: { company: "A", role: "B", status: "applied", notes: "x".repeat(MAX_BODY_BYTES) } }, 413],
    ["form-encoded", { rawBody: "company=A", headers: { "Content-Type": "application/x-www-form-urlencoded" } }, 415],
    ["a referrer id of no shape", { body: { company: "A", role: "B", status: "applied", referrerId: "someone-elses-contact" } }, 422],
  ];
  it.each(cases)("%s", async (_name, request, status) => {
    const before = await db.application.count({ where: { userId: owner.id } });
    const response = await call(applicationsRoute.POST as Handler, "POST", "/applications", { token: ownerToken, ...request });
    expect(response.status).toBe(status);
    if (status >= 400) {
      expect(response.contentType).toBe("application/problem+json");
      expect(response.json).toMatchObject({ status, title: expect.any(String) });
      expect(await db.application.count({ where: { userId: owner.id } })).toBe(before);
    }
  });

  it("answers a referrer who is another user's contact as not found", async () => {
    const theirs = await createContact(db, stranger.id);
    const response = await call(applicationsRoute.POST as Handler, "POST", "/applications", { token: ownerToken, body: { company: "A", role: "B", status: "applied", referrerId: theirs.id } });
    expect(response.status).toBe(404);
    expect(response.contentType).toBe("application/problem+json");
  });

  it("names the field in a 422", async () => {
    const response = await call(applicationsRoute.POST as Handler, "POST", "/applications", { token: ownerToken, body: { company: "", role: "B", status: "applied" } });
    expect(response.json.errors).toEqual({ company: ["Enter the company's name"] });
  });

  it("keeps the form's date rules: no application sent in the future, no decision before it", async () => {
    const nextYear = String(new Date().getUTCFullYear() + 1);
    const future = await call(applicationsRoute.POST as Handler, "POST", "/applications", { token: ownerToken, body: { company: "A", role: "B", status: "applied", appliedOn: `${nextYear}-01-15` } });
    expect(future.status).toBe(422);
    expect(Object.keys(future.json.errors)).toEqual(["appliedOn"]);
    const backwards = await call(applicationsRoute.POST as Handler, "POST", "/applications", { token: ownerToken, body: { company: "A", role: "B", status: "applied", appliedOn: "2026-03-10", decisionExpectedOn: "2026-03-01" } });
    expect(Object.keys(backwards.json.errors)).toEqual(["decisionExpectedOn"]);
  });

  it("answers an id that is not an id as not found", async () => {
    for (const id of ["", "x".repeat(5000), "a'; DROP TABLE", "\u0000"]) {
      const response = await call(applicationRoute.GET as Handler, "GET", "/applications/x", { token: ownerToken, params: { id } });
      expect(response.status).toBe(404);
    }
  });
});

describe("Idempotency-Key", () => {
  it("replays the first response to a retry, and never creates twice", async () => {
    const headers = { "Idempotency-Key": `clip-${Date.now()}` };
    const body = { company: "Idem Corp", role: "Clipped Role", status: "wishlist", postingUrl: "https://jobs.example.com/idem" };
    const first = await call(applicationsRoute.POST as Handler, "POST", "/applications", { token: ownerToken, headers, body });
    const retries = await Promise.all([1, 2, 3].map(() => call(applicationsRoute.POST as Handler, "POST", "/applications", { token: ownerToken, headers, body })));
    expect(first.status).toBe(201);
    for (const retry of retries) {
      expect(retry.status).toBe(201);
      expect(retry.json).toEqual(first.json);
      expect(retry.headers.get("idempotent-replayed")).toBe("true");
    }
    expect(await db.application.count({ where: { userId: owner.id, role: "Clipped Role" } })).toBe(1);
  });

  it("runs concurrent first attempts once: the others get 409 or the replay", async () => {
    const headers = { "Idempotency-Key": `race-${Date.now()}` };
    const body = { name: "Racy Contact", role: "peer" };
    const responses = await Promise.all([1, 2, 3, 4].map(() => call(contactsRoute.POST as Handler, "POST", "/contacts", { token: ownerToken, headers, body })));
    expect(responses.map((response) => response.status).every((status) => status === 201 || status === 409)).toBe(true);
    expect(await db.contact.count({ where: { userId: owner.id, name: "Racy Contact" } })).toBe(1);
  });

  it("refuses the same key for a different request, and keys are per user", async () => {
    const headers = { "Idempotency-Key": `reuse-${Date.now()}` };
    await call(contactsRoute.POST as Handler, "POST", "/contacts", { token: ownerToken, headers, body: { name: "First", role: "peer" } });
    const reused = await call(contactsRoute.POST as Handler, "POST", "/contacts", { token: ownerToken, headers, body: { name: "Second", role: "peer" } });
    expect(reused.status).toBe(422);
    const stranger = await call(contactsRoute.POST as Handler, "POST", "/contacts", { token: strangerToken, headers, body: { name: "Second", role: "peer" } });
    expect(stranger.status).toBe(201);
    const bad = await call(contactsRoute.POST as Handler, "POST", "/contacts", { token: ownerToken, headers: { "Idempotency-Key": "" }, body: { name: "Third", role: "peer" } });
    expect(bad.status).toBe(400);
  });

  it("keeps a validation failure too: a retry of a bad request gets the same 422", async () => {
    const headers = { "Idempotency-Key": `bad-${Date.now()}` };
    const first = await call(contactsRoute.POST as Handler, "POST", "/contacts", { token: ownerToken, headers, body: { role: "peer" } });
    const again = await call(contactsRoute.POST as Handler, "POST", "/contacts", { token: ownerToken, headers, body: { role: "peer" } });
    expect([first.status, again.status]).toEqual([422, 422]);
    expect(again.json).toEqual(first.json);
  });
});

describe("rate limit and CORS", () => {
  it(`answers 429 with Retry-After past ${API_RATE_LIMIT} requests a minute for one token, not for another`, async () => {
    const user = await createUser(db);
    const busy = await tokenFor(user.id);
    const calm = await tokenFor(user.id);
    // Fill the window in one statement rather than 120 requests.
    const windowStart = new Date(Math.floor(Date.now() / 60_000) * 60_000);
    const { id: tokenId } = await db.apiToken.findFirstOrThrow({ where: { userId: user.id }, orderBy: { createdAt: "asc" }, select: { id: true } });
    await db.apiRateWindow.create({ data: { tokenId, windowStart, count: API_RATE_LIMIT } });
    const limited = await call(followUpsRoute.GET as Handler, "GET", "/follow-ups", { token: busy });
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.contentType).toBe("application/problem+json");
    expect((await call(followUpsRoute.GET as Handler, "GET", "/follow-ups", { token: calm })).status).toBe(200);
  });

  it("refuses other sites' pages, allows same-origin and scripts without an Origin", async () => {
    const foreign = await call(followUpsRoute.GET as Handler, "GET", "/follow-ups", { token: ownerToken, headers: { Origin: "https://evil.example" } });
    expect(foreign.status).toBe(403);
    expect(foreign.headers.get("access-control-allow-origin")).toBeNull();
    const same = await call(followUpsRoute.GET as Handler, "GET", "/follow-ups", { token: ownerToken, headers: { Origin: "http://localhost:3000" } });
    expect(same.status).toBe(200);
    const preflight = followUpsRoute.OPTIONS(new Request(`${BASE}/follow-ups`, { method: "OPTIONS", headers: { Origin: "chrome-extension://someoneelse" } }));
    expect(preflight.status).toBe(403);
  });

  it("answers a listed extension's origin with CORS headers for the API's methods and headers", () => {
    const origin = "chrome-extension://nnfjjingompnbcdchfmlehkibfckeelo";
    const verdict = checkOrigin(new Request(`${BASE}/applications`, { method: "OPTIONS", headers: { Origin: origin } }), [origin]);
    expect(verdict).toEqual({
      allowed: true,
      corsHeaders: expect.objectContaining({
        "Access-Control-Allow-Origin": origin,
        "Access-Control-Allow-Methods": expect.stringContaining("POST"),
        "Access-Control-Allow-Headers": expect.stringContaining("Idempotency-Key"),
        Vary: "Origin",
      }),
    });
    expect(checkOrigin(new Request(`${BASE}/applications`, { headers: { Origin: "chrome-extension://another" } }), [origin])).toEqual({ allowed: false });
  });
});

describe("GET /openapi.json", () => {
  it("is an OpenAPI 3.1 document with every endpoint, generated from the form schemas", async () => {
    const response = openApiRoute.GET();
    const document = await response.json();
    expect(document.openapi).toBe("3.1.0");
    expect(Object.keys(document.paths).sort()).toEqual(["/applications", "/applications/{id}", "/applications/{id}/rejection", "/contacts", "/follow-ups"]);
    const createBody = document.paths["/applications"].post.requestBody.content["application/json"].schema;
    expect(createBody.required).toEqual(["company", "role", "status"]);
    expect(createBody.additionalProperties).toBe(false);
    expect(document.paths["/applications/{id}/rejection"].post.requestBody.content["application/json"].schema.properties.stageReached.enum).toContain("final");
    const listParameters = document.paths["/applications"].get.parameters.map((parameter: { name: string }) => parameter.name);
    expect(listParameters).toEqual(expect.arrayContaining(["status", "q", "page", "postingUrl"]));
  });
});
