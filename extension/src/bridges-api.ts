import type { Settings } from "./settings";

// The extension's calls to the Bridges API (docs/api.md). Every failure becomes a sentence for the
// popup, and a 422's messages per field, which are the application form's own.

export type SavedApplication = { id: string; role: string; company: { name: string } };
export type Failure = { ok: false; message: string; fieldErrors?: Record<string, string[]> };
export type Result<T> = { ok: true; value: T } | Failure;
type Fetch = typeof fetch;

export function applicationUrl(settings: Settings, id: string): string {
  return `${settings.bridgesUrl}/applications/${encodeURIComponent(id)}`;
}

/** The user's applications already saved from this posting (GET /applications?postingUrl=). */
export async function findSaved(settings: Settings, postingUrl: string, fetcher: Fetch = fetch): Promise<Result<SavedApplication[]>> {
  const result = await call<{ items: SavedApplication[] }>(settings, `/applications?postingUrl=${encodeURIComponent(postingUrl)}`, {}, fetcher);
  return result.ok ? { ok: true, value: result.value.items } : result;
}

/**
 * POST /applications. The Idempotency-Key makes a retry (a second click, a dropped answer) return
 * the first application instead of making another.
 */
export async function saveApplication(settings: Settings, body: Record<string, unknown>, idempotencyKey: string, fetcher: Fetch = fetch): Promise<Result<SavedApplication>> {
  return call<SavedApplication>(
    settings,
    "/applications",
    { method: "POST", headers: { "Content-Type": "application/json", "Idempotency-Key": idempotencyKey }, body: JSON.stringify(body) },
    fetcher,
  );
}

/** One cheap authenticated call: does the address answer, and does it take the token? */
export async function checkConnection(settings: Settings, fetcher: Fetch = fetch): Promise<Result<null>> {
  const result = await call<unknown>(settings, "/applications", {}, fetcher);
  return result.ok ? { ok: true, value: null } : result;
}

async function call<T>(settings: Settings, path: string, init: RequestInit, fetcher: Fetch): Promise<Result<T>> {
  let response: Response;
  try {
    response = await fetcher(`${settings.bridgesUrl}/api/v1${path}`, {
      ...init,
      headers: { ...init.headers, Authorization: `Bearer ${settings.token}`, Accept: "application/json" },
    });
  } catch {
    // A server that refuses this extension's origin answers its preflight without CORS headers,
    // which the browser reports exactly as an unreachable server.
    return {
      ok: false,
      message: `Could not reach Bridges at ${settings.bridgesUrl}. Check the address, and that the server's EXTENSION_ORIGINS lists ${extensionOrigin()}.`,
    };
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return { ok: true, value: body as T };
  return failure(response, body);
}

function failure(response: Response, body: unknown): Failure {
  const problem = (body ?? {}) as { detail?: unknown; errors?: Record<string, string[]> };
  const detail = typeof problem.detail === "string" ? problem.detail : null;
  switch (response.status) {
    case 401:
      return { ok: false, message: "Bridges refused the token: it may have been revoked or have expired. Paste a new one in the extension's options." };
    case 403:
      return { ok: false, message: `Bridges does not take calls from this extension: add ${extensionOrigin()} to EXTENSION_ORIGINS on the server.` };
    case 429:
      return { ok: false, message: `Too many requests for this token: try again in ${response.headers.get("Retry-After") ?? "a few"} seconds.` };
    case 422:
      return { ok: false, message: detail ?? "Please correct the highlighted fields.", fieldErrors: problem.errors };
    default:
      return { ok: false, message: detail ?? `Bridges answered ${response.status}. Try again in a moment.` };
  }
}

function extensionOrigin(): string {
  return typeof location === "undefined" ? "this extension's origin" : location.origin;
}
