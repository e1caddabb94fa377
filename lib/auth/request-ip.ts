import { CLIENT_ADDRESS_HEADER } from "./client-address";

let warned = false;

/**
 * The client's address for the throttles. Under scripts/serve.ts (`npm start`, `npm run serve`)
 * it is the one that server resolved from the socket and TRUST_PROXY. Anywhere else (`next dev`,
 * a bare `next start`) only X-Forwarded-For is left, which Next fills with the socket's address
 * when the client sent none but which a client can also write itself: fine for development,
 * not for an instance on a network, hence the warning.
 */
export function clientIp(headers: Headers): string {
  if (process.env.BRIDGES_CLIENT_ADDRESS_HEADER === "1") return headers.get(CLIENT_ADDRESS_HEADER) || "unknown";
  if (!warned && process.env.NODE_ENV === "production") {
    warned = true;
    console.warn("Bridges is not running under scripts/serve.ts: client addresses come from X-Forwarded-For, which clients can forge. Start it with `npm start` or `npm run serve`.");
  }
  const last = headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last || "unknown";
}
