import { describe, expect, it } from "vitest";
import { parseTrustProxy, resolveClientAddress } from "./client-address";

describe("resolveClientAddress", () => {
  it("without TRUST_PROXY, is the socket's address whatever X-Forwarded-For claims", () => {
    expect(resolveClientAddress("192.0.2.7", "10.66.0.9", null)).toBe("192.0.2.7");
    expect(resolveClientAddress("192.0.2.7", "10.66.0.10, 10.66.0.11", parseTrustProxy(""))).toBe("192.0.2.7");
    expect(resolveClientAddress("::ffff:192.0.2.7", null, null)).toBe("192.0.2.7");
  });

  it("with a hop count, takes the entry that many hops from the socket", () => {
    const oneProxy = parseTrustProxy("1");
    // What the client claims comes first; the proxy appends the address it saw.
    expect(resolveClientAddress("10.0.0.2", "6.6.6.6, 198.51.100.4", oneProxy)).toBe("198.51.100.4");
    expect(resolveClientAddress("10.0.0.2", "198.51.100.4", parseTrustProxy("2"))).toBe("198.51.100.4");
    // A request that reached the app without passing the proxy keeps its own address.
    expect(resolveClientAddress("198.51.100.4", null, oneProxy)).toBe("198.51.100.4");
  });

  it("with a list of proxies, walks back over trusted hops only", () => {
    const trust = parseTrustProxy("loopback, 10.0.0.0/8");
    expect(resolveClientAddress("127.0.0.1", "6.6.6.6, 198.51.100.4, 10.1.2.3", trust)).toBe("198.51.100.4");
    // An untrusted peer is the client, whatever it forwards.
    expect(resolveClientAddress("203.0.113.9", "10.0.0.1", trust)).toBe("203.0.113.9");
    expect(resolveClientAddress("::1", "2001:db8::5", trust)).toBe("2001:db8::5");
    // Garbage where an address should be stops at the last trusted hop.
    expect(resolveClientAddress("127.0.0.1", "<script>", trust)).toBe("127.0.0.1");
  });
});

describe("parseTrustProxy", () => {
  it("refuses what is neither a count nor addresses", () => {
    expect(() => parseTrustProxy("yes")).toThrow(/TRUST_PROXY/);
    expect(() => parseTrustProxy("10.0.0.0/x")).toThrow(/TRUST_PROXY/);
    expect(parseTrustProxy("0")).toBeNull();
  });
});
