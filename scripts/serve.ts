/**
 * The production web server: Next.js behind a plain Node HTTP server that tells the app which
 * client each request comes from. Next gives app code no socket address (it fills
 * X-Forwarded-For with it only when the client sent none, so the client can choose it), so this
 * server resolves the address from the socket and TRUST_PROXY and passes it on in a header it
 * always overwrites (docs/decisions/0012). `npm start` runs it; so can `npm run serve -- -p 3000`.
 */
import { createServer } from "node:http";
import next from "next";
import { CLIENT_ADDRESS_HEADER, parseTrustProxy, resolveClientAddress, type TrustProxy } from "../lib/auth/client-address";

function option(names: string[], fallback: string | undefined): string | undefined {
  const args = process.argv.slice(2);
  const at = args.findIndex((arg) => names.includes(arg));
  return at >= 0 ? args[at + 1] : fallback;
}

async function main() {
  const port = Number(option(["-p", "--port"], process.env.PORT) ?? 3000);
  const hostname = option(["-H", "--hostname"], undefined);
  let trust: TrustProxy;
  try {
    trust = parseTrustProxy(process.env.TRUST_PROXY);
  } catch (error) {
    console.error(`\n✖ Bridges cannot start: ${error instanceof Error ? error.message : error}\n`);
    process.exit(1);
  }
  // Tells lib/auth/request-ip.ts that the header below is ours (this process's environment is not
  // something a client can set).
  process.env.BRIDGES_CLIENT_ADDRESS_HEADER = "1";

  const app = next({ dev: false, hostname, port });
  const handle = app.getRequestHandler();
  await app.prepare();

  const server = createServer((request, response) => {
    const forwardedFor = request.headers["x-forwarded-for"];
    request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress(
      request.socket.remoteAddress ?? "unknown",
      Array.isArray(forwardedFor) ? forwardedFor.join(",") : forwardedFor,
      trust,
    );
    void handle(request, response);
  });
  server.listen(port, hostname, () => console.log(`▸ Ready on http://${hostname ?? "localhost"}:${port}`));

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

main().catch((error) => {
  console.error("\n✖ Bridges could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
