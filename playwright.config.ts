import { existsSync } from "node:fs";
import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_EXTENSION_ID } from "./extension/manifest";
import { webProcessNodeFlags } from "./scripts/lib/web-memory";

const port = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${port}`;

// Flags that keep Chromium off a closed network (see ../docs/STACK.md).
const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];

export default defineConfig({
  testDir: "tests/e2e",
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: [["list"]],
  // One folder per build, so parallel runs of the suite do not delete each other's traces.
  outputDir: `test-results/${process.env.BRIDGES_DIST_DIR || "default"}`,
  use: {
    baseURL,
    // A failed test keeps its trace (actions, DOM snapshots, network, console) but not the
    // screencast: recording its frames took about a quarter of the CPU in a sample of specs.
    trace: { mode: "retain-on-failure", screenshots: false },
    launchOptions: {
      // npm test resolves the browser (scripts/lib/chromium.ts); Debian's when run directly.
      executablePath: process.env.CHROMIUM_PATH || (existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined),
      args: chromiumArgs,
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: {
    // The production server (scripts/serve.ts). The tests play the proxy in front of it: each
    // test's browser comes from its own X-Forwarded-For address (fixtures.ts), so one test's
    // sign-ins and sign-ups never count against another's.
    command: `npx --no-install tsx scripts/serve.ts -p ${port} -H 127.0.0.1`,
    url: `${baseURL}/api/health`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      NODE_ENV: "production",
      AUTH_TRUST_HOST: "true",
      PORT: String(port),
      // The heap cap `npm start` gives the web server (WEB_MEMORY_MB), so the tests run under it.
      NODE_OPTIONS: [process.env.NODE_OPTIONS, ...webProcessNodeFlags(process.env)].filter(Boolean).join(" "),
      TRUST_PROXY: "loopback",
      // The unpacked extension's pinned id (extension/manifest.ts), for tests/e2e/extension.spec.ts.
      EXTENSION_ORIGINS: `chrome-extension://${CHROMIUM_EXTENSION_ID}`,
    },
  },
});
