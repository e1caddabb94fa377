import { NextResponse, type NextRequest } from "next/server";
import { ACTION_BODY_LIMIT_BYTES, BODY_TOO_LARGE_MESSAGE } from "./lib/actions/body-limit";
import { newNonce } from "./lib/security/nonce";

/**
 * A server action call over the body limit: 413 with a sentence, as text/plain — the one kind of
 * error answer whose text Next.js's client hands to the form as the error's message. A call that
 * does not say its length (chunked) is refused too: browsers always say it.
 */
function refuseOversizedAction(request: NextRequest): Response | null {
  if (request.method !== "POST" || !request.headers.has("next-action")) return null;
  const length = Number(request.headers.get("content-length") ?? Number.NaN);
  if (Number.isSafeInteger(length) && length <= ACTION_BODY_LIMIT_BYTES) return null;
  const status = Number.isNaN(length) ? 411 : 413;
  return new Response(status === 413 ? BODY_TOO_LARGE_MESSAGE : "Say how long the request is (Content-Length).", {
    status,
    headers: { "Content-Type": "text/plain" },
  });
}

/**
 * A path Next.js cannot decode (percent-encoded bytes that are not UTF-8, such as a lone
 * surrogate's `%ED%A0%80`) names nothing: 404 here, where Next.js would answer 500.
 */
function refuseUndecodablePath(request: NextRequest): Response | null {
  try {
    decodeURIComponent(request.nextUrl.pathname);
    return null;
  } catch {
    return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain" } });
  }
}

// Security headers for every response (QUALITY.md item 11), with a fresh CSP nonce per page.
export function proxy(request: NextRequest) {
  const refused = refuseOversizedAction(request) ?? refuseUndecodablePath(request);
  if (refused) return refused;
  const nonce = newNonce();
  const isDev = process.env.NODE_ENV === "development";
  const https = request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const csp = [
    "default-src 'self'",
    // React needs eval only for its dev-time error overlays.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");

  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Referrer-Policy", "strict-origin-when-cross-origin");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=()");
  if (https) response.headers.set("Strict-Transport-Security", "max-age=63072000; includeSubDomains");
  return response;
}

export const config = {
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico).*)" }],
};
