import { BENCH_EMAIL, BENCH_PASSWORD } from "./constants";

/**
 * Signs in as a bench user (the heavy one unless told) through Auth.js's credentials endpoint;
 * returns the cookie header.
 */
export async function signInAsBenchUser(base: string, email = BENCH_EMAIL): Promise<string> {
  const csrfResponse = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrfResponse.json()) as { csrfToken: string };
  const csrfCookie = csrfResponse.headers.getSetCookie().map((c) => c.split(";")[0]).join("; ");
  const response = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: csrfCookie },
    body: new URLSearchParams({ email, password: BENCH_PASSWORD, csrfToken }),
  });
  const session = response.headers.getSetCookie().find((c) => c.includes("session-token"));
  if (!session) throw new Error("Could not sign in as the bench user: run `npm run bench:seed` first.");
  return session.split(";")[0]!;
}
