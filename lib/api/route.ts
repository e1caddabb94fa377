import { isAppError, notFound, type AppErrorCode } from "../errors";
import { authenticateApiToken, type ApiCaller } from "../server/api-tokens/authenticate-api-token";
import { isIdShaped } from "../validation/id";
import { checkOrigin } from "./cors";
import { requestFingerprint, validIdempotencyKey, withIdempotency, type StoredResponse } from "./idempotency";
import { problem, problemBody, ProblemError, PROBLEM_CONTENT_TYPE } from "./problem";
import { countApiRequest } from "./rate-limit";
import { parseJsonObject, readBodyText } from "./request-body";

export type ApiContext<P> = { caller: ApiCaller; params: P; url: URL; body: Record<string, unknown> };
export type ApiHandler<P> = (context: ApiContext<P>) => Promise<StoredResponse>;
type RouteContext<P> = { params: Promise<P> };

const APP_ERROR_STATUS: Record<AppErrorCode, { status: number; title: string }> = {
  NOT_FOUND: { status: 404, title: "Not Found" },
  UNAUTHORIZED: { status: 401, title: "Unauthorized" },
  CONFLICT: { status: 409, title: "Conflict" },
  INVALID: { status: 422, title: "Unprocessable Content" },
  RATE_LIMITED: { status: 429, title: "Too Many Requests" },
};

/**
 * The one body of every /api/v1 route, as runFormAction is for actions: origin → bearer token →
 * rate limit → JSON body → the handler (a shared schema and a domain function), with every failure
 * as a problem document and POSTs made idempotent by their Idempotency-Key.
 */
export function apiRoute<P = Record<string, never>>(handler: ApiHandler<P>) {
  return async (request: Request, context: RouteContext<P>): Promise<Response> => {
    const origin = checkOrigin(request);
    if (!origin.allowed) return problem({ status: 403, title: "Forbidden", detail: "This origin may not call the API." });
    const cors = origin.corsHeaders;
    try {
      const caller = await authenticate(request);
      const rate = await countApiRequest(caller.tokenId);
      const rateHeaders = { "RateLimit-Limit": String(rate.limit), "RateLimit-Remaining": String(rate.remaining), "RateLimit-Reset": String(rate.resetSeconds) };
      if (!rate.allowed) {
        throw new ProblemError({ status: 429, title: "Too Many Requests", detail: `At most ${rate.limit} requests a minute per token.`, headers: { ...rateHeaders, "Retry-After": String(rate.resetSeconds) } });
      }
      const url = new URL(request.url);
      const hasBody = request.method === "POST" || request.method === "PATCH";
      const text = hasBody ? await readBodyText(request) : "";
      const body = hasBody ? parseJsonObject(text, request.headers.get("content-type")) : {};
      const params = await context.params;
      const run = () => respondTo(() => handler({ caller, params, url, body }));
      const key = request.method === "POST" ? request.headers.get("idempotency-key") : null;
      if (key !== null && !validIdempotencyKey(key)) {
        throw new ProblemError({ status: 400, title: "Bad Request", detail: "Idempotency-Key must be 1 to 255 visible ASCII characters." });
      }
      const result = key === null ? { ...(await run()), replayed: false } : await withIdempotency(caller.user.id, key, requestFingerprint(request.method, url.pathname, text), run);
      return json(result, { ...cors, ...rateHeaders, ...(result.replayed ? { "Idempotent-Replayed": "true" } : {}) });
    } catch (error) {
      const { status, body, headers } = toProblem(error);
      return json({ status, body }, { ...cors, ...headers });
    }
  };
}

/** An id from the path: anything but an id's shape names no row, so it is not found before any query. */
export function pathId(value: unknown, what: string): string {
  if (!isIdShaped(value)) throw notFound(what);
  return value;
}

/** OPTIONS: the CORS preflight, answered for allowed origins only. */
export function preflight(request: Request): Response {
  const origin = checkOrigin(request);
  if (!origin.allowed) return problem({ status: 403, title: "Forbidden", detail: "This origin may not call the API." });
  return new Response(null, { status: 204, headers: origin.corsHeaders });
}

async function authenticate(request: Request): Promise<ApiCaller> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  const caller = match ? await authenticateApiToken(match[1]!) : null;
  if (!caller) {
    throw new ProblemError({
      status: 401,
      title: "Unauthorized",
      detail: "Send a valid personal API token as `Authorization: Bearer brg_…` (Settings → API tokens).",
      headers: { "WWW-Authenticate": 'Bearer realm="bridges"' },
    });
  }
  return caller;
}

/** The handler's answer, or its error as a problem, as plain JSON that can be stored and replayed. */
async function respondTo(run: () => Promise<StoredResponse>): Promise<StoredResponse> {
  try {
    const { status, body } = await run();
    return { status, body: JSON.parse(JSON.stringify(body ?? null)) };
  } catch (error) {
    const { status, body } = toProblem(error);
    return { status, body };
  }
}

function toProblem(error: unknown): StoredResponse & { headers?: HeadersInit } {
  if (error instanceof ProblemError) return { status: error.init.status, body: problemBody(error.init), headers: error.init.headers };
  if (isAppError(error)) {
    const known = error;
    const { status, title } = APP_ERROR_STATUS[known.code];
    const headers: HeadersInit | undefined = known.retryAfterSeconds ? { "Retry-After": String(known.retryAfterSeconds) } : undefined;
    return { status, body: problemBody({ status, title, detail: known.message, errors: known.fieldErrors }), headers };
  }
  console.error("api: unexpected error", error);
  return { status: 500, body: problemBody({ status: 500, title: "Internal Server Error", detail: "Something went wrong on our side." }) };
}

function json({ status, body }: StoredResponse, headers: HeadersInit): Response {
  const merged = new Headers(headers);
  merged.set("Content-Type", status >= 400 ? PROBLEM_CONTENT_TYPE : "application/json");
  merged.set("Cache-Control", "no-store");
  return new Response(status === 204 ? null : JSON.stringify(body), { status, headers: merged });
}
