import { BlockList, isIP } from "node:net";

/**
 * Which client address a request comes from, as scripts/serve.ts works it out from the socket and
 * TRUST_PROXY (docs/decisions/0012). X-Forwarded-For is written by whoever sends the request, so
 * its entries are believed only as far as they were appended by proxies we were told to trust.
 */

/** Set by scripts/serve.ts on every request, after removing any copy the client sent. */
export const CLIENT_ADDRESS_HEADER = "x-bridges-client-address";

/** How many proxies stand in front of the app, or which addresses are ours; null: none. */
export type TrustProxy = { hops: number } | { proxies: BlockList } | null;

const LOOPBACK = ["127.0.0.0/8", "::1/128"];

/**
 * TRUST_PROXY: unset or empty (no proxy: the socket's address is the client's), a hop count
 * ("1": one proxy in front), or a comma list of proxy addresses and CIDR ranges, where
 * "loopback" stands for 127.0.0.0/8 and ::1.
 */
export function parseTrustProxy(value: string | undefined): TrustProxy {
  const text = value?.trim();
  if (!text) return null;
  if (/^\d+$/.test(text)) {
    const hops = Number(text);
    if (hops > 20) throw new Error("TRUST_PROXY: a hop count above 20 is surely a mistake");
    return hops === 0 ? null : { hops };
  }
  const proxies = new BlockList();
  for (const entry of text.split(",").map((part) => part.trim()).filter(Boolean)) {
    for (const item of entry === "loopback" ? LOOPBACK : [entry]) {
      const [address, prefix] = item.split("/");
      const family = isIP(address ?? "");
      if (!family || (prefix !== undefined && !/^\d+$/.test(prefix))) {
        throw new Error(`TRUST_PROXY: "${entry}" is neither a hop count nor an IP address, CIDR range or "loopback"`);
      }
      const type = family === 6 ? "ipv6" : "ipv4";
      if (prefix === undefined) proxies.addAddress(address!, type);
      else proxies.addSubnet(address!, Number(prefix), type);
    }
  }
  return { proxies };
}

/** "::ffff:10.0.0.1" (an IPv4 client on a dual-stack socket) is 10.0.0.1. */
export function normalizeAddress(address: string): string {
  const trimmed = address.trim();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(trimmed);
  return mapped ? mapped[1]! : trimmed.toLowerCase();
}

function isTrusted(proxies: BlockList, address: string): boolean {
  const family = isIP(address);
  return family !== 0 && proxies.check(address, family === 6 ? "ipv6" : "ipv4");
}

/**
 * The client's address: the socket's peer, unless it is a trusted proxy, in which case the
 * X-Forwarded-For entry it appended, and so on leftwards while the hops are trusted. An entry
 * that is not an address at all stops the walk at the last trusted hop.
 */
export function resolveClientAddress(peer: string, forwardedFor: string | null | undefined, trust: TrustProxy): string {
  // Nearest first: the socket's peer, then each X-Forwarded-For entry from the right.
  const chain = [peer, ...(forwardedFor ?? "").split(",").reverse()].map(normalizeAddress).filter(Boolean);
  if (!trust || chain.length === 0) return chain[0] ?? "unknown";
  let index = 0;
  if ("hops" in trust) index = Math.min(trust.hops, chain.length - 1);
  else while (index < chain.length - 1 && isTrusted(trust.proxies, chain[index]!)) index++;
  while (index > 0 && !isIP(chain[index]!)) index--;
  return chain[index]!;
}
