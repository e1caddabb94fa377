import { env } from "../env";

// Cross-origin calls are allowed only from the configured browser extensions; the app's own pages
// are same-origin. Scripts (curl, cron jobs) send no Origin and are not browsers: CORS is moot.
const ALLOWED_METHODS = "GET, POST, PATCH, OPTIONS";
const ALLOWED_HEADERS = "Authorization, Content-Type, Idempotency-Key";

export type OriginVerdict = { allowed: true; corsHeaders: Record<string, string> } | { allowed: false };

export function checkOrigin(request: Request, extensionOrigins: readonly string[] = env().EXTENSION_ORIGINS): OriginVerdict {
  const origin = request.headers.get("origin");
  if (!origin || origin === new URL(request.url).origin || origin === ownOrigin(request)) return { allowed: true, corsHeaders: {} };
  if (!extensionOrigins.includes(origin)) return { allowed: false };
  return {
    allowed: true,
    corsHeaders: {
      "Access-Control-Allow-Origin": origin,
      "Access-Control-Allow-Methods": ALLOWED_METHODS,
      "Access-Control-Allow-Headers": ALLOWED_HEADERS,
      "Access-Control-Expose-Headers": "Location, Retry-After, RateLimit-Limit, RateLimit-Remaining, RateLimit-Reset, Idempotent-Replayed",
      "Access-Control-Max-Age": "600",
      Vary: "Origin",
    },
  };
}

/** Behind a proxy the request URL may name the internal host; APP_URL or the Host header names the public one. */
function ownOrigin(request: Request): string | null {
  const configured = env().APP_URL;
  if (configured) return new URL(configured).origin;
  const host = request.headers.get("host");
  return host ? `${new URL(request.url).protocol}//${host}` : null;
}
