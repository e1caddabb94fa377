// QUALITY.md items 1 and 2 for every route handler and page: A's ids in B's hands reach nothing,
// and B's lists, search, exports and calendar feed hold none of A's rows.
import path from "node:path";
import { expect, test } from "@playwright/test";
import { e2eDb } from "../db";
import { anonymousContext, leakableIds, seedVictim, signedInAttacker, type OwnerIds } from "./owners";
import { loadingFilesInCode, pageFilesInCode, pageMatrix, pagesInCode, routeMatrix, routesInCode, type RouteEntry } from "./route-matrix";

/** What would betray A's rows in a response: their ids and private text, minus what the URL itself says. */
function leaksIn(body: string, url: string, a: OwnerIds) {
  const asked = decodeURIComponent(url);
  return [...leakableIds(a), a.contactEmail, "A's private note", "A's note on a contact", "A's template"].filter(
    (marker) => !asked.includes(marker) && body.includes(marker),
  );
}

/**
 * Not found is a 404 status, set before the first byte: a page under a loading.tsx streams its
 * shell as a 200 before notFound() runs (see the structural test below), which is not enough.
 */
function isNotFound(status: number) {
  return status === 404;
}

test("no loading.tsx wraps a page with an id in its path, so that its not found is a 404 and not a streamed 200", () => {
  const pagesWithIds = pageFilesInCode().filter((file) => file.includes("["));
  expect(pagesWithIds.length).toBeGreaterThan(10);
  const wrapped = pagesWithIds.flatMap((page) =>
    loadingFilesInCode()
      .filter((loading) => page.startsWith(`${path.posix.dirname(loading)}/`))
      .map((loading) => `${loading} wraps ${page}`),
  );
  expect(wrapped).toEqual([]);
});

test("every route handler and page has a matrix entry, and every entry a file", () => {
  for (const [inCode, matrix] of [
    [routesInCode(), routeMatrix],
    [pagesInCode(), pageMatrix],
  ] as const) {
    expect(inCode.filter((route) => !(route in matrix)), "missing from route-matrix.ts").toEqual([]);
    expect(Object.keys(matrix).filter((route) => !inCode.includes(route)), "entries without a file").toEqual([]);
  }
});

async function check(entries: Record<string, RouteEntry>, signedIn: boolean, baseURL: string) {
  const a = await seedVictim();
  const attacker = signedIn ? await signedInAttacker(baseURL) : undefined;
  const request = attacker?.request ?? (await anonymousContext(baseURL));
  const failures: string[] = [];
  for (const [pattern, entry] of Object.entries(entries)) {
    for (const url of entry.urls(a)) {
      const response = await request.get(url, { maxRedirects: 0, failOnStatusCode: false });
      const status = response.status();
      const body = await response.text();
      const where = `${pattern} ${url} → ${status}`;
      if (status >= 500) failures.push(`${where}: server error`);
      const leaks = leaksIn(body, url, a);
      if (leaks.length) failures.push(`${where}: leaks ${leaks.join(", ")}`);
      if (entry.kind === "public") continue;
      if (entry.kind === "upload") {
        if (status !== 405) failures.push(`${where}: only a POST is expected here`);
        continue;
      }
      if (entry.kind === "token") {
        if (![401, 405].includes(status)) failures.push(`${where}: a session is not an API token`);
        continue;
      }
      if (!signedIn) {
        const refused = [401, 404].includes(status) || (status >= 300 && status < 400 && (response.headers().location ?? "").includes("/login"));
        if (!refused) failures.push(`${where}: not refused when signed out`);
      } else if (entry.kind === "notFound" && !isNotFound(status)) {
        failures.push(`${where}: expected not found`);
      } else if (entry.kind === "own" && (status !== 200 || isNotFound(status))) {
        failures.push(`${where}: expected B's own page`);
      }
    }
  }
  await request.dispose();
  expect(failures).toEqual([]);
}

test("route handlers: A's ids get B a 404, and B's exports and counts hold none of A's", async ({ baseURL }) => {
  await check(routeMatrix, true, baseURL!);
});

test("pages: A's ids get B not found, and B's lists and search show none of A's", async ({ baseURL }) => {
  test.setTimeout(60_000);
  await check(pageMatrix, true, baseURL!);
});

test("signed out, every route handler and page refuses", async ({ baseURL }) => {
  test.setTimeout(60_000);
  await check({ ...routeMatrix, ...pageMatrix }, false, baseURL!);
});

test("B's calendar feed holds B's follow-ups and none of A's", async ({ baseURL }) => {
  const a = await seedVictim();
  const attacker = await signedInAttacker(baseURL!);
  const mine = await e2eDb.followUp.create({ data: { userId: attacker.userId, title: "B's own follow-up", dueAt: new Date(Date.now() + 86_400_000) } });
  const { calendarToken } = await e2eDb.user.findUniqueOrThrow({ where: { id: attacker.userId } });
  const response = await attacker.request.get(`/api/calendar/${calendarToken}.ics`);
  expect(response.status()).toBe(200);
  const feed = await response.text();
  expect(feed).toContain(mine.id);
  expect(leaksIn(feed, "", a)).toEqual([]);
  await attacker.request.dispose();
});
