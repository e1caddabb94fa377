import { describe, expect, it } from "vitest";
import { authenticateApiToken } from "@/lib/server/api-tokens/authenticate-api-token";
import { createApiToken } from "@/lib/server/api-tokens/create-api-token";
import { listApiTokens } from "@/lib/server/api-tokens/list-api-tokens";
import { revokeApiToken } from "@/lib/server/api-tokens/revoke-api-token";
import { hashTokenSecret } from "@/lib/server/api-tokens/token-secret";
import { createApiTokenSchema } from "@/lib/validation/api-token";
import { createUser } from "../factories";
import { db } from "../support/db";

const input = (raw: Record<string, string> = {}) => createApiTokenSchema.parse({ name: "Laptop", ...raw });

describe("personal API tokens", () => {
  it("creates a brg_ secret of 256 bits, stores only its SHA-256, and authenticates it for its user", async () => {
    const user = await createUser(db);
    const { id, secret } = await createApiToken(user.id, input());
    expect(secret).toMatch(/^brg_[A-Za-z0-9_-]{43}$/);
    const row = await db.apiToken.findUniqueOrThrow({ where: { id } });
    expect(row.tokenHash).toBe(hashTokenSecret(secret));
    expect(JSON.stringify(row)).not.toContain(secret.slice(4));
    expect(row.prefix).toBe(secret.slice(0, 10));
    const caller = await authenticateApiToken(secret);
    expect(caller).toMatchObject({ tokenId: id, user: { id: user.id } });
    expect((await db.apiToken.findUniqueOrThrow({ where: { id } })).lastUsedAt).not.toBeNull();
  });

  it("refuses revoked, expired, unknown and malformed secrets", async () => {
    const user = await createUser(db);
    const now = new Date("2026-12-01T10:00:00Z");
    const revoked = await createApiToken(user.id, input());
    await revokeApiToken(user.id, revoked.id);
    const expiring = await createApiToken(user.id, input({ expiresIn: "30" }), now);
    expect(await authenticateApiToken(revoked.secret)).toBeNull();
    expect(await authenticateApiToken(expiring.secret, new Date("2026-12-30T10:00:00Z"))).not.toBeNull();
    expect(await authenticateApiToken(expiring.secret, new Date("2026-12-31T10:00:00Z"))).toBeNull();
    expect(await authenticateApiToken(`brg_${"A".repeat(43)}`)).toBeNull();
    expect(await authenticateApiToken("brg_short")).toBeNull();
    expect(await authenticateApiToken(`${revoked.secret}\u0000`)).toBeNull();
  });

  it("lists and revokes only the owner's tokens", async () => {
    const [owner, other] = [await createUser(db), await createUser(db)];
    const token = await createApiToken(owner.id, input({ name: "Script" }));
    expect((await listApiTokens(other.id)).length).toBe(0);
    await expect(revokeApiToken(other.id, token.id)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await authenticateApiToken(token.secret)).not.toBeNull();
    await revokeApiToken(owner.id, token.id);
    const [listed] = await listApiTokens(owner.id);
    expect(listed).toMatchObject({ name: "Script", revokedAt: expect.any(Date) });
  });

  it("asks for a name and a known expiry, and refuses smuggled fields", () => {
    expect(createApiTokenSchema.safeParse({ name: " " }).success).toBe(false);
    expect(createApiTokenSchema.safeParse({ name: "x", expiresIn: "7" }).success).toBe(false);
    expect(createApiTokenSchema.safeParse({ name: "x", userId: "someone" }).success).toBe(false);
    expect(input({ expiresIn: "90" }).expiresIn).toBe(90);
    expect(input().expiresIn).toBeNull();
  });
});
