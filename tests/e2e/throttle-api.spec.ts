import { expect, test } from "@playwright/test";
import { createUser } from "../factories";
import { e2eDb } from "./db";
import { PASSWORD, uniqueEmail } from "./fixtures";

// Posting straight to Auth.js's credentials endpoint meets the same limit, answered with 429.
test("the credentials endpoint answers 429 with Retry-After once an e-mail is throttled", async ({ request }) => {
  // Only the account is needed: no browser signs in first.
  const email = uniqueEmail("api");
  await createUser(e2eDb, { email, password: PASSWORD, name: null });
  const csrf = await (await request.get("/api/auth/csrf")).json();
  const attempt = (password: string) =>
    request.post("/api/auth/callback/credentials", {
      form: { email, password, csrfToken: csrf.csrfToken },
      maxRedirects: 0,
    });
  for (let i = 0; i < 10; i++) expect((await attempt(`wrong-${i}`)).status()).not.toBe(429);
  const limited = await attempt(PASSWORD);
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
});
