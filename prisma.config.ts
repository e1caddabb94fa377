import { PrismaPg } from "@prisma/adapter-pg";
import type { SqlMigrationAwareDriverAdapterFactory } from "@prisma/driver-adapter-utils";
import pg from "pg";
import { defineConfig } from "prisma/config";
import { catalogueSafePool } from "./lib/pg-catalog-safe";

// Prisma 6.19 with the JS (WASM) schema engine runs migrate offline; see
// docs/decisions/0001-prisma-6-js-engine.md for the work-arounds below and the way back to 7.

function connectionConfig(database?: string): pg.PoolConfig {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (npm start sets it for the embedded database).");
  const parsed = new URL(url);
  // Discrete fields, not a connection string: adapter-pg lets a connection string override
  // `database`, which would point the shadow database at the main one.
  return {
    host: parsed.hostname,
    port: Number(parsed.port || 5432),
    user: decodeURIComponent(parsed.username),
    password: decodeURIComponent(parsed.password),
    database: database ?? parsed.pathname.slice(1),
    ssl: parsed.searchParams.get("sslmode") === "require" ? { rejectUnauthorized: false } : undefined,
    max: 4,
    // The CLI does not always close its pool; idle connections must not hold the process open.
    allowExitOnIdle: true,
  };
}

/**
 * adapter-pg runs a migration by cutting it at every ";" (inside a function's body too) and sending
 * the pieces one by one, outside a transaction. Sent whole in one simple-protocol query instead,
 * PostgreSQL parses the script itself, dollar quotes included, and runs it as one transaction: a
 * migration that fails leaves nothing half-applied.
 */
async function connectFor(database?: string) {
  const pool = catalogueSafePool(connectionConfig(database));
  const adapter = await new PrismaPg(pool, { disposeExternalPool: true }).connect();
  adapter.executeScript = async (script: string) => {
    try {
      await pool.query(script);
    } catch (error) {
      // The adapter's own translation into the error Prisma reports (code, message, position).
      (adapter as unknown as { onError(error: unknown): never }).onError(error);
    }
  };
  return adapter;
}

const migrationAdapter: SqlMigrationAwareDriverAdapterFactory = {
  provider: "postgres",
  adapterName: "@prisma/adapter-pg",
  connect: () => connectFor(),
  // adapter-pg drops the shadow database while its own pool still holds connections; we
  // create it, and drop it only after closing that pool.
  async connectToShadowDb() {
    const shadowName = `prisma_shadow_${crypto.randomUUID().replaceAll("-", "")}`;
    const admin = new pg.Client(connectionConfig());
    await admin.connect();
    await admin.query(`CREATE DATABASE "${shadowName}"`);
    await admin.end();
    const shadow = await connectFor(shadowName);
    const dispose = shadow.dispose.bind(shadow);
    shadow.dispose = async () => {
      await dispose();
      const dropper = new pg.Client(connectionConfig());
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS "${shadowName}" WITH (FORCE)`);
      await dropper.end();
    };
    return shadow;
  },
};

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations", seed: "tsx prisma/seed.ts" },
  adapter: async () => migrationAdapter,
});
