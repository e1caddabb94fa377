import path from "node:path";
import { EmbeddedDatabaseError, embeddedDatabaseUrl, portIsFree, startEmbeddedPostgres, type SuperviseOptions } from "./embedded-postgres";
import { DATA_DIR, localAuthSecret, localEncryptionKey } from "./local-config";
import { migrateDeploy } from "./run";

const EMBEDDED_DATABASE = "bridges";

export type AppDatabase = {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
  /** Restarts the embedded database when it dies; an external one is its operator's to restart. */
  supervise: (options: SuperviseOptions) => void;
};

/**
 * The database the app runs on: DATABASE_URL when set, else the embedded PostgreSQL 17 whose
 * data lives in .data/postgres (kept across restarts). Migrations are applied either way, and
 * process.env is completed so that children (Next, Prisma, the worker) inherit it.
 */
export async function openAppDatabase(log: (line: string) => void = console.log): Promise<AppDatabase> {
  if (process.env.DATABASE_URL) {
    if (!process.env.AUTH_SECRET) {
      throw new EmbeddedDatabaseError("AUTH_SECRET must be set when DATABASE_URL is (generate one with `openssl rand -base64 33`).");
    }
    log("▸ Applying database migrations");
    await migrateDeploy(process.env.DATABASE_URL);
    return { url: process.env.DATABASE_URL, embedded: false, stop: async () => {}, supervise: () => {} };
  }

  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  const dataDir = path.join(DATA_DIR, "postgres");
  log(`▸ No DATABASE_URL: starting the embedded PostgreSQL (data in ${dataDir}, port ${port})`);
  const server = await startEmbeddedPostgres({ dataDir, port, database: EMBEDDED_DATABASE, persistent: true });
  process.env.DATABASE_URL = server.url;
  // A local instance gets a generated secret kept in .data/; production must set its own.
  process.env.AUTH_SECRET ??= localAuthSecret();
  process.env.ENCRYPTION_KEY ??= localEncryptionKey();
  try {
    log("▸ Applying database migrations");
    await migrateDeploy(server.url);
  } catch (error) {
    await server.stop().catch(() => undefined);
    throw error;
  }
  return { url: server.url, embedded: true, stop: () => server.stop().catch(() => undefined), supervise: server.supervise };
}

/**
 * The app's database for a maintenance command (backup, restore), without migrating or serving:
 * DATABASE_URL when set; else the embedded one — the running Bridges' when its port is taken,
 * or started here (its data kept) and stopped again by `stop`.
 */
export async function openDatabaseForMaintenance(log: (line: string) => void = console.log): Promise<{ url: string; stop: () => Promise<void> }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, stop: async () => {} };
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54329);
  if (!(await portIsFree(port))) {
    log(`▸ Using the embedded PostgreSQL of the running Bridges (port ${port})`);
    return { url: embeddedDatabaseUrl(port), stop: async () => {} };
  }
  const dataDir = path.join(DATA_DIR, "postgres");
  log(`▸ Starting the embedded PostgreSQL (data in ${dataDir}, port ${port})`);
  const server = await startEmbeddedPostgres({ dataDir, port, database: EMBEDDED_DATABASE, persistent: true });
  return { url: server.url, stop: () => server.stop().catch(() => undefined) };
}
