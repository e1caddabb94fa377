import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

// The fail-fast promise of lib/env.ts, on the real production server: a bad environment stops
// `next start` at once with a message naming the variable, before it serves a single request.
test("the server refuses to start with a malformed environment, naming the variable", async () => {
  const server = spawn("npx", ["--no-install", "next", "start", "-p", "0", "-H", "127.0.0.1"], {
    env: { ...process.env, NODE_ENV: "production", AUTH_SECRET: "too-short", DATABASE_URL: "mysql://not-postgres" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (chunk) => (output += chunk));
  server.stderr.on("data", (chunk) => (output += chunk));
  const exitCode = await new Promise<number | null>((resolve) => server.on("exit", resolve));

  expect(exitCode).toBe(1);
  expect(output).toMatch(/AUTH_SECRET must be at least 32/);
  expect(output).toMatch(/DATABASE_URL must be a postgresql:\/\/ URL/);
  expect(output).not.toMatch(/\n\s+at /); // a message, not a stack trace
});
