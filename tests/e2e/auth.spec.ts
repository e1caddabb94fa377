import type { APIResponse } from "@playwright/test";
import { e2eDb } from "./db";
import { expect, formAlert, logIn, logOut, PASSWORD, signUp, test, uniqueClientAddress, uniqueEmail } from "./fixtures";

test("a new user lands on the dashboard, logs out and logs in again", async ({ page }) => {
  const { email } = await signUp(page);
  await expect(page.getByRole("heading", { name: /welcome/i })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Due today" })).toBeVisible();
  await expect(page.getByText("Nothing due today.")).toBeVisible();

  await logOut(page);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/login/);

  await logIn(page, email);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("a signed-out visitor is sent from /dashboard to /login", async ({ page }) => {
  const response = await page.goto("/dashboard");
  expect(response?.ok()).toBe(true);
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("button", { name: "Log in" })).toBeVisible();
});

test("a wrong password is refused with the same message as an unknown e-mail", async ({ page }) => {
  const { email } = await signUp(page);
  await logOut(page);

  await logIn(page, email, "not my password");
  const wrongPassword = await formAlert(page).textContent();
  await expect(page).toHaveURL(/\/login/);

  await logIn(page, uniqueEmail("nobody"), "not my password");
  await expect(formAlert(page)).toHaveText(wrongPassword!);
});

test("the 11th failed login for an e-mail is throttled with a time to retry", async ({ page }) => {
  test.slow(); // a dozen page loads, each paying for an argon2 verification
  const { email } = await signUp(page);
  await logOut(page);
  for (let attempt = 1; attempt <= 10; attempt++) {
    await logIn(page, email, `wrong password ${attempt}`);
    await expect(formAlert(page)).toHaveText(/do not match/);
  }
  await logIn(page, email, PASSWORD);
  await expect(formAlert(page)).toHaveText(/Too many failed attempts\. Try again in \d+ minutes/);
  await expect(page).toHaveURL(/\/login/);
});

test("sign-up shows field errors and creates nothing for bad input", async ({ page }) => {
  await page.goto("/signup");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByText("Enter a valid email address")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();

  const email = uniqueEmail("weak");
  await page.getByLabel("Email").fill(email);
  for (const [weak, reason] of [["password1234", /commonly used password/], ["qwertyuiop", /frequently used password/]] as const) {
    await page.getByLabel("Password").fill(weak);
    await page.getByRole("button", { name: "Sign up" }).click();
    // The estimator's reason, on the field itself.
    await expect(page.getByLabel("Password")).toHaveAccessibleDescription(reason);
  }

  await page.getByLabel("Password").fill("x".repeat(10_000));
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByText("Use at most 1024 characters")).toBeVisible();
  await expect(page).toHaveURL(/\/signup$/);
  expect(await e2eDb.pendingSignUp.count({ where: { email } })).toBe(0);
});

test("sign-up answers an e-mail already in use exactly as a new one", async ({ page }) => {
  const { email } = await signUp(page);
  await logOut(page);
  const answerFor = async (address: string) => {
    await page.goto("/signup");
    await page.getByLabel("Email").fill(address);
    await page.getByLabel("Password").fill(PASSWORD);
    await page.getByRole("button", { name: "Sign up" }).click();
    await expect(page).toHaveURL(/\/signup\/check-email$/);
    return page.locator("main").innerText();
  };
  expect(await answerFor(email.toUpperCase())).toBe(await answerFor(uniqueEmail("new")));
});

test("a browser that has signed in before still gets in while strangers have locked the account", async ({ page, browser }) => {
  test.setTimeout(150_000); // a dozen argon2 verifications and page loads, on a busy machine
  const { email } = await signUp(page);
  await logOut(page);
  expect((await page.context().cookies()).find((cookie) => cookie.name === "bridges-device")).toMatchObject({ httpOnly: true, sameSite: "Lax" });

  // Strangers, each from another address, spend the account's allowance of failures.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  for (let attempt = 1; attempt <= 10; attempt++) {
    await stranger.setExtraHTTPHeaders({ "X-Forwarded-For": uniqueClientAddress() });
    await logIn(strangerPage, email, `wrong password ${attempt}`);
    await expect(formAlert(strangerPage)).toHaveText(/do not match/);
  }
  await logIn(strangerPage, email, PASSWORD);
  await expect(formAlert(strangerPage)).toHaveText(/Too many failed attempts/);
  await stranger.close();

  // The owner's browser holds a device cookie for the account: the right password still works.
  await logIn(page, email, PASSWORD);
  await expect(page).toHaveURL(/\/dashboard$/);
});

test("Auth.js's own /api/auth/signout ends the session: a copied cookie gets nothing afterwards", async ({ page, browser }) => {
  await signUp(page);
  const cookies = await page.context().cookies();
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const signOut = await page.request.post("/api/auth/signout", { form: { csrfToken }, maxRedirects: 0 });
  expect(signOut.status()).toBeLessThan(400);

  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const exported = await replay.request.get("/api/export/all.json", { maxRedirects: 0 });
  expect(exported.status()).not.toBe(200);
  expect(await exported.text()).not.toContain("AuthSession");
  await replay.close();
});

test("a session cookie copied before log out is dead afterwards", async ({ page, browser }) => {
  await signUp(page);
  const cookies = await page.context().cookies();
  await logOut(page);

  const replay = await browser.newContext();
  await replay.addCookies(cookies);
  const stolen = await replay.newPage();
  await stolen.goto("/dashboard");
  await expect(stolen).toHaveURL(/\/login/);
  await replay.close();
});

test("auth cookies are HttpOnly and SameSite=Lax; pages carry the security headers", async ({ page }) => {
  const response = await page.goto("/login");
  const headers = response!.headers();
  expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
  expect(headers["content-security-policy"]).toMatch(/script-src 'self' 'nonce-[^']+'/);
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("strict-origin-when-cross-origin");

  await signUp(page);
  const session = (await page.context().cookies()).find((c) => c.name.includes("authjs.session-token"));
  expect(session).toBeDefined();
  expect(session!.httpOnly).toBe(true);
  expect(session!.sameSite).toBe("Lax");
});

test("behind an HTTPS proxy: HSTS is sent, and the session cookie is Secure, HttpOnly and SameSite=Lax", async ({ page, request }) => {
  const { email } = await signUp(page);
  // What a TLS-terminating load balancer adds; a made-up client IP keeps the shared IP limit out of it.
  const https = { "X-Forwarded-Proto": "https", "X-Forwarded-For": `203.0.113.${Math.floor(Math.random() * 250) + 1}` };
  const setCookie = (response: APIResponse, name: string) =>
    response.headersArray().find((header) => header.name.toLowerCase() === "set-cookie" && header.value.startsWith(`${name}=`))?.value;

  const overHttps = await request.get("/login", { headers: https });
  expect(overHttps.headers()["strict-transport-security"]).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
  expect(overHttps.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
  // Plain HTTP (a laptop on localhost) must not be told to insist on HTTPS.
  expect((await request.get("/login")).headers()["strict-transport-security"]).toBeUndefined();

  const csrf = await request.get("/api/auth/csrf", { headers: https });
  const csrfCookie = setCookie(csrf, "__Host-authjs.csrf-token");
  expect(csrfCookie).toMatch(/; Secure/i);
  const signIn = await request.post("/api/auth/callback/credentials", {
    headers: { ...https, Cookie: csrfCookie!.split(";")[0]! },
    form: { email, password: PASSWORD, csrfToken: (await csrf.json()).csrfToken },
    maxRedirects: 0,
  });
  const session = setCookie(signIn, "__Secure-authjs.session-token");
  expect(session).toMatch(/; Secure/i);
  expect(session).toMatch(/; HttpOnly/i);
  expect(session).toMatch(/; SameSite=Lax/i);
  // The raw endpoint marks the browser as one that has signed in, as the form does.
  const device = setCookie(signIn, "bridges-device");
  expect(device).toMatch(/; Secure/i);
  expect(device).toMatch(/; HttpOnly/i);
  expect(device).toMatch(/; SameSite=Lax/i);

  // The __Secure- cookie is the one the app reads under HTTPS: it opens the user's dashboard.
  const dashboard = await request.get("/dashboard", { headers: { ...https, Cookie: session!.split(";")[0]! }, maxRedirects: 0 });
  expect(dashboard.status()).toBe(200);
  expect(await dashboard.text()).toContain(email);
});

test("/api/health answers 200 with the database up", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toMatchObject({ database: "up" });
});
