import { describe, expect, it, vi } from "vitest";
import { checkConnection, findSaved, saveApplication } from "./bridges-api";

const settings = { bridgesUrl: "https://bridges.example.com", token: `brg_${"x".repeat(43)}` };
const answer = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  vi.fn<typeof fetch>(async () => new Response(JSON.stringify(body), { status, headers: { "Content-Type": "application/json", ...headers } }));

describe("the extension's API calls", () => {
  it("asks for what was saved from a posting, with the token", async () => {
    const fetcher = answer(200, { items: [{ id: "a1", role: "Engineer", company: { name: "Acme" } }], total: 1, page: 1, pageCount: 1 });
    expect(await findSaved(settings, "https://jobs.example.com/7?ref=a&b=c", fetcher)).toEqual({ ok: true, value: [{ id: "a1", role: "Engineer", company: { name: "Acme" } }] });
    const [url, init] = fetcher.mock.calls[0]!;
    expect(url).toBe("https://bridges.example.com/api/v1/applications?postingUrl=https%3A%2F%2Fjobs.example.com%2F7%3Fref%3Da%26b%3Dc");
    expect(init?.headers).toMatchObject({ Authorization: `Bearer ${settings.token}` });
  });

  it("saves with the Idempotency-Key as JSON", async () => {
    const fetcher = answer(201, { id: "a2", role: "Engineer", company: { name: "Acme" } });
    const result = await saveApplication(settings, { company: "Acme" }, "key-1", fetcher);
    expect(result).toMatchObject({ ok: true, value: { id: "a2" } });
    const [, init] = fetcher.mock.calls[0]!;
    expect(init).toMatchObject({ method: "POST", body: '{"company":"Acme"}', headers: { "Idempotency-Key": "key-1", "Content-Type": "application/json" } });
  });

  it("turns each problem into a sentence, and a 422 into the form's messages per field", async () => {
    expect(await checkConnection(settings, answer(401, { status: 401 }))).toMatchObject({ ok: false, message: expect.stringContaining("refused the token") });
    expect(await checkConnection(settings, answer(403, { status: 403 }))).toMatchObject({ ok: false, message: expect.stringContaining("EXTENSION_ORIGINS") });
    expect(await checkConnection(settings, answer(429, { status: 429 }, { "Retry-After": "12" }))).toMatchObject({ ok: false, message: expect.stringContaining("12 seconds") });
    expect(await saveApplication(settings, {}, "k", answer(422, { detail: "Please correct the highlighted fields.", errors: { company: ["Enter the company's name"] } }))).toEqual({
      ok: false,
      message: "Please correct the highlighted fields.",
      fieldErrors: { company: ["Enter the company's name"] },
    });
    expect(await checkConnection(settings, answer(500, "not a problem"))).toMatchObject({ ok: false, message: "Bridges answered 500. Try again in a moment." });
  });

  it("explains a server it cannot reach, which is also how a refused origin looks", async () => {
    const offline = vi.fn<typeof fetch>(async () => {
      throw new TypeError("Failed to fetch");
    });
    const result = await checkConnection(settings, offline);
    expect(result).toMatchObject({ ok: false, message: expect.stringMatching(/Could not reach Bridges at https:\/\/bridges\.example\.com.*EXTENSION_ORIGINS/) });
  });
});
