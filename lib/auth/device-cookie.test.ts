import { describe, expect, it } from "vitest";
import { issueDeviceToken, verifyDeviceToken } from "./device-cookie";

const SECRET = "a test secret that is long enough for hmac";

describe("device tokens", () => {
  it("are recognised for the account they were issued for, and no other", () => {
    const token = issueDeviceToken("owner@example.test", SECRET);
    const nonce = verifyDeviceToken(token, "owner@example.test", SECRET);
    expect(nonce).toMatch(/^[\w-]{22}$/);
    expect(verifyDeviceToken(token, "someone@example.test", SECRET)).toBeNull();
    expect(verifyDeviceToken(token, "owner@example.test", `${SECRET}!`)).toBeNull();
  });

  it("cannot be forged or altered", () => {
    const [nonce, mac] = issueDeviceToken("owner@example.test", SECRET).split(".");
    expect(verifyDeviceToken(`${nonce}x.${mac}`, "owner@example.test", SECRET)).toBeNull();
    expect(verifyDeviceToken(`${nonce}.${mac!.slice(1)}`, "owner@example.test", SECRET)).toBeNull();
    for (const junk of [undefined, "", ".", "a.b.c", "x".repeat(5000)]) expect(verifyDeviceToken(junk, "owner@example.test", SECRET)).toBeNull();
  });
});
