// Every route handler and page of the app, with the URLs user B would try to reach A's data.
// routes-and-pages.spec.ts derives the list from app/** and fails on anything missing here.
import { readdirSync } from "node:fs";
import path from "node:path";
import type { OwnerIds } from "./owners";

/**
 * notFound: A's id in the URL → 404 for B (401 signed out).
 * own: B's own data (lists, exports, feeds) → 200 with none of A's.
 * public: not about anyone's data (health, auth endpoints, the login page).
 * token: /api/v1, whose credential is a bearer token: a session cookie gets 401 (or 405 for a
 *   method the route does not have); the tokens themselves are tried in tests/integration/api-v1.test.ts.
 * upload: a POST of a file into the signed-in user's own account: any GET is 405; the POST itself
 *   (signed out, another origin, the wrong file) is tried in its own spec.
 */
export type RouteKind = "notFound" | "own" | "public" | "token" | "upload";
export type RouteEntry = { kind: RouteKind; urls: (a: OwnerIds) => string[] };

/** "app/(app)/applications/[id]/route.ts" → "/applications/[id]". */
export function routePattern(file: string): string {
  const segments = path.posix.dirname(file).split("/").slice(1).filter((segment) => !/^\(.*\)$/.test(segment));
  return `/${segments.join("/")}`;
}

function filesNamed(dir: string, names: string[]): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.posix.join(dir, entry.name);
    if (entry.isDirectory()) return filesNamed(full, names);
    return names.includes(entry.name) ? [full] : [];
  });
}

/** The token with its last character changed — to another one: a token ending in "x" stayed itself 1 time in 64. */
const nearMiss = (token: string) => token.slice(0, -1) + (token.endsWith("x") ? "y" : "x");

export const routesInCode = () => filesNamed("app", ["route.ts", "route.tsx"]).map(routePattern).sort();
export const pageFilesInCode = () => filesNamed("app", ["page.tsx", "page.ts"]);
export const pagesInCode = () => pageFilesInCode().map(routePattern).sort();
/** A loading.tsx wraps every page in its folder and below (route groups included). */
export const loadingFilesInCode = () => filesNamed("app", ["loading.tsx", "loading.ts"]);

export const routeMatrix: Record<string, RouteEntry> = {
  "/api/health": { kind: "public", urls: () => ["/api/health"] },
  "/api/auth/[...nextauth]": { kind: "public", urls: () => ["/api/auth/session", "/api/auth/csrf"] },
  // The token is the credential: anything but the owner's is a 404, and B's own feed holds only B's.
  "/api/calendar/[token]": { kind: "notFound", urls: (a) => [`/api/calendar/${nearMiss(a.calendarToken)}.ics`, `/api/calendar/${a.userId}.ics`] },
  "/api/follow-ups/[id]/ics": { kind: "notFound", urls: (a) => [`/api/follow-ups/${a.followUpId}/ics`] },
  "/api/interviews/[id]/ics": { kind: "notFound", urls: (a) => [`/api/interviews/${a.interviewId}/ics`] },
  "/api/notifications/unread": { kind: "own", urls: () => ["/api/notifications/unread"] },
  "/api/pick/[kind]": { kind: "own", urls: () => ["/api/pick/contacts", "/api/pick/companies", "/api/pick/applications"] },
  "/api/export/all.json": { kind: "own", urls: () => ["/api/export/all.json"] },
  "/api/export/applications.csv": { kind: "own", urls: () => ["/api/export/applications.csv"] },
  "/api/export/contacts.csv": { kind: "own", urls: () => ["/api/export/contacts.csv"] },
  "/api/export/contacts.vcf": { kind: "own", urls: () => ["/api/export/contacts.vcf"] },
  "/api/export/follow-ups.csv": { kind: "own", urls: () => ["/api/export/follow-ups.csv"] },
  "/api/export/letters.csv": { kind: "own", urls: () => ["/api/export/letters.csv"] },
  "/api/import/bridges-export": { kind: "upload", urls: () => ["/api/import/bridges-export"] },
  "/api/v1/openapi.json": { kind: "public", urls: () => ["/api/v1/openapi.json"] },
  "/api/v1/applications": { kind: "token", urls: () => ["/api/v1/applications"] },
  "/api/v1/applications/[id]": { kind: "token", urls: (a) => [`/api/v1/applications/${a.applicationId}`] },
  "/api/v1/applications/[id]/rejection": { kind: "token", urls: (a) => [`/api/v1/applications/${a.openApplicationId}/rejection`] },
  "/api/v1/contacts": { kind: "token", urls: () => ["/api/v1/contacts"] },
  "/api/v1/follow-ups": { kind: "token", urls: () => ["/api/v1/follow-ups"] },
};

export const pageMatrix: Record<string, RouteEntry> = {
  "/": { kind: "public", urls: () => ["/"] },
  "/login": { kind: "public", urls: () => ["/login"] },
  "/signup": { kind: "public", urls: () => ["/signup"] },
  "/signup/check-email": { kind: "public", urls: () => ["/signup/check-email"] },
  "/signup/confirm": { kind: "public", urls: () => ["/signup/confirm?token=not-a-link-anyone-was-sent"] },
  "/forgot-password": { kind: "public", urls: () => ["/forgot-password"] },
  "/reset-password": { kind: "public", urls: () => ["/reset-password?token=not-a-link-anyone-was-sent"] },

  "/applications/[id]": { kind: "notFound", urls: (a) => [`/applications/${a.applicationId}`, `/applications/${a.deletedApplicationId}`] },
  "/applications/[id]/edit": { kind: "notFound", urls: (a) => [`/applications/${a.applicationId}/edit`] },
  "/applications/[id]/interviews/[interviewId]/edit": {
    kind: "notFound",
    urls: (a) => [`/applications/${a.applicationId}/interviews/${a.interviewId}/edit`, `/applications/${a.openApplicationId}/interviews/${a.interviewId}/edit`],
  },
  "/applications/[id]/rejection": { kind: "notFound", urls: (a) => [`/applications/${a.openApplicationId}/rejection`] },
  "/applications/[id]/rejection/letters": { kind: "notFound", urls: (a) => [`/applications/${a.applicationId}/rejection/letters`] },
  "/applications/[id]/rejection/plan": { kind: "notFound", urls: (a) => [`/applications/${a.applicationId}/rejection/plan`] },
  "/companies/[id]": { kind: "notFound", urls: (a) => [`/companies/${a.companyId}`] },
  "/contacts/[id]": { kind: "notFound", urls: (a) => [`/contacts/${a.contactId}`, `/contacts/${a.deletedContactId}`] },
  "/contacts/[id]/edit": { kind: "notFound", urls: (a) => [`/contacts/${a.contactId}/edit`] },
  "/follow-ups/[id]/edit": { kind: "notFound", urls: (a) => [`/follow-ups/${a.followUpId}/edit`] },
  "/letters/[id]": { kind: "notFound", urls: (a) => [`/letters/${a.letterId}`] },
  "/settings/templates/[id]": { kind: "notFound", urls: (a) => [`/settings/templates/${a.templateId}`] },

  // Lists and search, asked for exactly what A has.
  "/applications": { kind: "own", urls: (a) => ["/applications", `/applications?q=${encodeURIComponent(a.companyName)}`, "/applications?deleted=" + a.deletedApplicationId] },
  "/applications/new": { kind: "own", urls: () => ["/applications/new"] },
  "/board": { kind: "own", urls: () => ["/board"] },
  "/companies": { kind: "own", urls: () => ["/companies"] },
  "/contacts": { kind: "own", urls: (a) => ["/contacts", `/contacts?q=${encodeURIComponent(a.contactName)}`, "/contacts?deleted=" + a.deletedContactId] },
  "/contacts/new": { kind: "own", urls: () => ["/contacts/new"] },
  "/dashboard": { kind: "own", urls: () => ["/dashboard"] },
  "/follow-ups": { kind: "own", urls: () => ["/follow-ups"] },
  "/follow-ups/new": { kind: "own", urls: (a) => ["/follow-ups/new", `/follow-ups/new?contactId=${a.contactId}&applicationId=${a.applicationId}`] },
  "/import": { kind: "own", urls: () => ["/import"] },
  "/insights": { kind: "own", urls: () => ["/insights"] },
  "/letters": { kind: "own", urls: () => ["/letters"] },
  "/notifications": { kind: "own", urls: () => ["/notifications"] },
  "/inbox": { kind: "own", urls: () => ["/inbox"] },
  "/notifications/outbox": { kind: "own", urls: () => ["/notifications/outbox"] },
  "/search": { kind: "own", urls: (a) => [`/search?q=${encodeURIComponent(a.companyName)}`, `/search?q=${encodeURIComponent(a.contactName)}`] },
  "/settings": { kind: "own", urls: () => ["/settings"] },
  "/settings/templates": { kind: "own", urls: () => ["/settings/templates"] },
};
