import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { keysFromEnv, MissingEncryptionKeyError, open, parseKey, seal } from "./secret-box";

const keyText = () => randomBytes(32).toString("base64");

describe("secret box", () => {
  it("seals and opens, never keeping the plaintext visible", () => {
    const keys = keysFromEnv({ ENCRYPTION_KEY: keyText() });
    const sealed = seal("app password ünïcode", keys);
    expect(sealed).not.toContain("app password");
    expect(sealed).toMatch(/^v1:[0-9a-f]{8}:/);
    expect(open(sealed, keys)).toEqual({ plaintext: "app password ünïcode", stale: false });
    // A fresh IV each time.
    expect(seal("same", keys)).not.toBe(seal("same", keys));
  });

  it("refuses a tampered value or a wrong key", () => {
    const keys = keysFromEnv({ ENCRYPTION_KEY: keyText() });
    const sealed = seal("secret", keys);
    const parts = sealed.split(":");
    parts[4] = Buffer.from("SECRET").toString("base64url");
    expect(open(parts.join(":"), keys)).toBeNull();
    expect(open(sealed, keysFromEnv({ ENCRYPTION_KEY: keyText() }))).toBeNull();
    expect(open("not sealed", keys)).toBeNull();
  });

  it("opens what a previous key sealed during a rotation, and says it is stale", () => {
    const old = keyText();
    const sealed = seal("secret", keysFromEnv({ ENCRYPTION_KEY: old }));
    const rotated = keysFromEnv({ ENCRYPTION_KEY: keyText(), ENCRYPTION_KEY_PREVIOUS: old });
    expect(open(sealed, rotated)).toEqual({ plaintext: "secret", stale: true });
  });

  it("reads base64 and hex keys of 32 bytes only", () => {
    expect(parseKey(randomBytes(32).toString("hex"))).toHaveLength(32);
    expect(parseKey(randomBytes(16).toString("base64"))).toBeNull();
    expect(keysFromEnv({})).toBeNull();
    expect(() => seal("x", null)).toThrow(MissingEncryptionKeyError);
  });
});
