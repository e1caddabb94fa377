import { expect, test } from "@playwright/test";
import { PASSWORD, signUp, uniqueEmail } from "./fixtures";

// Posting straight to Auth.js's credentials endpoint meets the same limit, answered with 429.
test("the credentials endpoint answers 429 with Retry-After once an e-mail is throttled", async ({ page, request }) => {
  const { email } = await signUp(page, uniqueEmail("api"));
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
