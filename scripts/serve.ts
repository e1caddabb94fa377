/**
 * The production web server: Next.js behind a plain Node HTTP server that tells the app which
 * client each request comes from. Next gives app code no socket address (it fills
 * X-Forwarded-For with it only when the client sent none, so the client can choose it), so this
 * server resolves the address from the socket and TRUST_PROXY and passes it on in a header it
 * always overwrites (docs/decisions/0012). `npm start` runs it; so can `npm run serve -- -p 3000`.
 *
 * WEB_CONCURRENCY=N (default 1) runs N such processes on the one port with Node's cluster module:
 * this process forks them, the kernel's connections are handed out in turn, and a SIGTERM reaches
 * each of them so they drain together (docs/decisions/0021). Each process is a whole Next server
 * with its own memory, sharing nothing but the database, as separate instances would.
 */
import cluster from "node:cluster";
import { createServer } from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER, parseTrustProxy, resolveClientAddress, type TrustProxy } from "../lib/auth/client-address";
import { withPageCache } from "../lib/page-cache/serve-cached-pages";
import { parsePageCacheBytes } from "./lib/page-cache-size";
import { parseWebConcurrency } from "./lib/web-concurrency";
import { webProcessNodeFlags } from "./lib/web-memory";

function option(names: string[], fallback: string | undefined): string | undefined {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => names.includes(arg));
  return at >= 0 ? args[at + 1] : fallback;
}

async function main() {
  const port = Number(option(["-p", "--port"], process.env.PORT) ?? 3000);
  const hostname = option(["-H", "--hostname"], undefined);
  let trust: TrustProxy;
  let pageCacheBytes: number;
  try {
    trust = parseTrustProxy(process.env.TRUST_PROXY);
    pageCacheBytes = parsePageCacheBytes(process.env.PAGE_CACHE_MB);
  } catch (error) {
    console.error(`\n✖ Bridges cannot start: ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  }
  // Tells lib/auth/request-ip.ts that the header below is ours (this process's environment is not
  // something a client can set).
  process.env.BRIDGES_CLIENT_ADDRESS_HEADER = "1";

  const app = next({ dev: false, hostname, port });
  await app.prepare();
  // Signed-in pages whose data did not change are served again as rendered (PAGE_CACHE_MB).
  const handle = withPageCache(app.getRequestHandler(), { maxBytes: pageCacheBytes });

  const server = createServer((request, response) => {
    const forwardedFor = request.headers["x-forwarded-for"];
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
      request.socket.remoteAddress ?? "unknown",
      Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor,
      trust,
    );
    void handle(request, response);
  });
  const who = cluster.isWorker ? ` (web process ${cluster.worker?.id}, pid ${process.pid})` : "";
  server.listen(port, hostname, () => console.log(`▸ Ready on http://${hostname ?? "localhost"}:${port}${who}`));

  let stopping = false;
  const stop = () => {
    // Ctrl-C reaches this process and `npm start` both, and `npm start` then sends SIGTERM: once is enough.
    if (stopping) return;
    stopping = true;
    // Finish the requests in flight, then go (bounded, in case a connection hangs).
    server.close(() => process.exit(0));
    server.closeIdleConnections();
    setTimeout(() => process.exit(0), 10_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
}

/**
 * The cluster's primary: forks the web processes and keeps their number. One that dies before it
 * ever listened means the app cannot start (the others would fail alike), so everything stops with
 * its exit code; one that dies later is replaced. SIGTERM / SIGINT: each drains, then this exits.
 */
function runPrimary(processes: number, nodeFlags: string[]) {
  cluster.setupPrimary({ execArgv: [...process.execArgv, ...nodeFlags] });
  const listening = new Set<number>();
  let stopping = false;
  const fork = () => {
    const worker = cluster.fork();
    worker.once("listening", () => listening.add(worker.id));
  };
  cluster.on("exit", (worker, code, signal) => {
    const everListened = listening.delete(worker.id);
    if (stopping) {
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
      return;
    }
    if (!everListened) {
      console.error(`✖ Web process ${worker.id} exited before it could serve (code ${code ?? signal}): stopping.`);
      stopping = true;
      for (const other of Object.values(cluster.workers ?? {})) other?.process.kill("SIGTERM");
      process.exitCode = code || 1;
      if (Object.keys(cluster.workers ?? {}).length === 0) process.exit();
      return;
    }
    console.error(`✖ Web process ${worker.id} died (code ${code ?? signal}): starting another.`);
    fork();
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill("SIGTERM");
    // Each process bounds its own drain at 10 s; this is the backstop.
    setTimeout(() => process.exit(0), 12_000).unref();
  };
  process.on("SIGTERM", stop);
  process.on("SIGINT", stop);
  console.log(`▸ Starting ${processes} web process${processes === 1 ? "" : "es"} (WEB_CONCURRENCY)`);
  for (let i = 0; i < processes; i++) fork();
}

function start() {
  let processes: number;
  let heapFlags: string[];
  try {
    processes = parseWebConcurrency(process.env.WEB_CONCURRENCY);
    // The heap cap (WEB_MEMORY_MB) is a flag Node takes only at start: a process started without
    // it (`npm run serve`) forks its web process with it; `npm start` passes it already.
    heapFlags = webProcessNodeFlags(process.env).filter((flag) => !process.execArgv.includes(flag));
    // Checked here too, so that a bad value stops the primary instead of each process in turn.
    parseTrustProxy(process.env.TRUST_PROXY);
    parsePageCacheBytes(process.env.PAGE_CACHE_MB);
  } catch (error) {
    console.error(`\n✖ Bridges cannot start: ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  }
  if (cluster.isPrimary && (processes > 1 || heapFlags.length > 0)) return runPrimary(processes, heapFlags);
  main().catch((error) => {
    console.error("\n✖ Bridges could not start:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
}

start();
