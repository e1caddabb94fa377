import { describe, expect, it } from "vitest";
import { parseServerEnv } from "./env";

const valid = { DATABASE_URL: "postgresql://u:p@localhost:5432/db", AUTH_SECRET: "x".repeat(40) };

describe("server environment", () => {
  it("accepts a complete environment and applies defaults", () => {
    const env = parseServerEnv(valid);
    expect(env.PORT).toBe(3000);
    expect(env.SMTP_URL).toBeUndefined();
  });

  it("names every missing or malformed variable in one message", () => {
    expect(() => parseServerEnv({ DATABASE_URL: "mysql://nope", AUTH_SECRET: "short" })).toThrowError(
      /DATABASE_URL: DATABASE_URL must be a postgresql:\/\/ URL[\s\S]*AUTH_SECRET: AUTH_SECRET must be at least 32/,
    );
  });

  it("treats empty strings as unset", () => {
    expect(parseServerEnv({ ...valid, SMTP_URL: "" }).SMTP_URL).toBeUndefined();
    expect(() => parseServerEnv({ ...valid, AUTH_SECRET: "" })).toThrowError(/AUTH_SECRET is required/);
  });

  it("refuses an ENCRYPTION_KEY that is not 32 bytes", () => {
    expect(() => parseServerEnv({ ...valid, ENCRYPTION_KEY: "too short" })).toThrowError(/ENCRYPTION_KEY must be 32 bytes/);
    expect(parseServerEnv({ ...valid, ENCRYPTION_KEY: "a".repeat(64) }).ENCRYPTION_KEY).toBe("a".repeat(64));
  });
});
