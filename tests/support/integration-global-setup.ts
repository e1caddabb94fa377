// Integration tests need a migrated PostgreSQL. `npm test` provides one (embedded, or the
// DATABASE_URL given); this refuses to run against anything that does not look like a test
// database, so a test can never wipe real data.
export default function setup() {
  const url = process.env.DATABASE_URL;
  if (!url) {
    throw new Error("Integration tests need DATABASE_URL. Run them through `npm test`, which starts an embedded PostgreSQL.");
  }
  const host = new URL(url).hostname;
  if (!["127.0.0.1", "localhost", "::1"].includes(host) && process.env.ALLOW_REMOTE_TEST_DB !== "1") {
    throw new Error(`Refusing to run tests against a non-local database (${host}). Set ALLOW_REMOTE_TEST_DB=1 to override.`);
  }
}
