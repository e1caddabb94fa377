/**
 * `npm test`: everything, against a real PostgreSQL and a real browser.
 * typecheck → lint → unit → integration (Postgres) → production build → Playwright (Chromium)
 * → scale-out (two web instances, two workers) → `npm start` under failure (its own database).
 * With no DATABASE_URL an embedded PostgreSQL 17 is started in a temporary folder.
 */
import { randomBytes } from "node:crypto";
import { chmodSync, mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { ensureChromium } from "./lib/chromium";
import { ensureDovecot } from "./lib/dovecot";
import { freePort, startEmbeddedPostgres, type EmbeddedDatabase } from "./lib/embedded-postgres";
import { migrateDeploy, prismaEnv, run } from "./lib/run";

// `npm test -- unit integration` runs only those steps; file paths narrow vitest / Playwright;
// `npm test -- tests/e2e/visual.spec.ts --update-snapshots` renews screenshot baselines.
// Flags (`--update-snapshots`) go to Playwright.
const playwrightFlags = process.argv.slice(2).filter((arg) => arg.startsWith("--"));
const args = process.argv.slice(2).filter((arg) => !arg.startsWith("--"));
const files = args.filter((arg) => arg.includes("/") || arg.includes("."));
const specFiles = files.filter((file) => file.endsWith(".spec.ts"));
const testFiles = files.filter((file) => file.endsWith(".test.ts"));
const integrationFiles = testFiles.filter((file) => file.includes("tests/integration/"));
const unitFiles = testFiles.filter((file) => !integrationFiles.includes(file));
// Named steps win; otherwise the files say which steps they belong to; otherwise every step.
const only = args.filter((arg) => !files.includes(arg));
if (only.length === 0 && files.length > 0) {
  if (specFiles.length > 0) only.push("e2e");
  if (integrationFiles.length > 0) only.push("integration");
  if (unitFiles.length > 0) only.push("unit");
}
const wants = (step: string) => only.length === 0 || only.includes(step);

async function step(name: string, fn: () => Promise<void>) {
  const started = Date.now();
  console.log(`\n━━ ${name}`);
  await fn();
  console.log(`✔ ${name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

async function main() {
  const started = Date.now();
  let embedded: EmbeddedDatabase | undefined;
  let tempDir: string | undefined;
  try {
    if (wants("typecheck")) await step("typecheck", () => run("npx", ["--no-install", "tsc", "--noEmit"]));
    if (wants("lint")) await step("lint", () => run("npx", ["--no-install", "eslint", ".", "--max-warnings=0"]));
    if (wants("unit")) await step("unit tests", () => run("npx", ["--no-install", "vitest", "run", "--project", "unit", ...unitFiles]));

    const needsDatabase = wants("integration") || wants("e2e") || wants("scale");
    if (needsDatabase) {
      if (!process.env.DATABASE_URL) {
        tempDir = mkdtempSync(path.join(os.tmpdir(), "bridges-test-"));
        // Postgres runs as its own OS user when we are root: it must be able to enter the folder.
        chmodSync(tempDir, 0o755);
        const port = await freePort();
        await step("embedded PostgreSQL", async () => {
          embedded = await startEmbeddedPostgres({ dataDir: path.join(tempDir!, "pg"), port, database: "bridges_test", persistent: false });
        });
        process.env.DATABASE_URL = embedded!.url;
      }
      await step("migrations", () => migrateDeploy(process.env.DATABASE_URL!));
    }
    const testEnv = {
      ...process.env,
      ...prismaEnv,
      AUTH_SECRET: process.env.AUTH_SECRET ?? randomBytes(33).toString("base64"),
      ENCRYPTION_KEY: process.env.ENCRYPTION_KEY ?? randomBytes(32).toString("base64"),
      BRIDGES_DIST_DIR: process.env.BRIDGES_DIST_DIR ?? ".next-test",
    };

    if (wants("integration")) {
      // The IMAP mailbox tests run a real Dovecot (installed with apt when missing, like Chromium).
      const dovecot = ensureDovecot();
      await step("integration tests", () =>
        run("npx", ["--no-install", "vitest", "run", "--project", "integration", ...integrationFiles], {
          env: { ...testEnv, NODE_ENV: "test", DOVECOT_PATH: dovecot },
        }),
      );
    }
    if (wants("e2e") || wants("scale") || wants("start")) {
      const browser = wants("e2e") ? ensureChromium() : {};
      await step("production build", () => run("npm", ["run", "build"], { env: { ...testEnv, NODE_ENV: "production" } }));
      if (wants("e2e")) {
        const port = await freePort();
        await step("browser tests", () =>
          run("npx", ["--no-install", "playwright", "test", ...specFiles, ...playwrightFlags], {
            env: { ...testEnv, E2E_PORT: String(port), CHROMIUM_PATH: browser.executablePath ?? "" },
          }),
        );
      }
      // Two web instances and two workers on one database (docs/deploy.md).
      if (wants("scale") && specFiles.length === 0) {
        await step("scale-out", () => run("npx", ["--no-install", "tsx", "scripts/test-scale.ts"], { env: testEnv }));
      }
      // The database dies under `npm start`, cannot come back, or is stopped by a signal.
      if (wants("start") && specFiles.length === 0) {
        await step("npm start under failure", () => run("npx", ["--no-install", "tsx", "scripts/test-start.ts"], { env: testEnv }));
      }
    }
    console.log(`\n✔ All tests passed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  } finally {
    await embedded?.stop().catch(() => undefined);
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`\n✖ ${error instanceof Error ? error.message : error}`);
  process.exit(1);
});
