import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

// Everything local and private lives in the git-ignored `.data/` folder.
export const DATA_DIR = path.resolve(process.env.BRIDGES_DATA_DIR ?? ".data");

export function loadDotEnv() {
  if (existsSync(".env")) process.loadEnvFile(".env");
}

/** A development AUTH_SECRET generated once and kept in .data/, never shipped. */
export function localAuthSecret(): string {
  const file = path.join(DATA_DIR, "auth-secret");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const secret = randomBytes(33).toString("base64");
  writeFileSync(file, secret + "\n", { mode: 0o600 });
  return secret;
}

/** A development ENCRYPTION_KEY (for mailbox passwords) generated once and kept in .data/, never shipped. */
export function localEncryptionKey(): string {
  const file = path.join(DATA_DIR, "encryption-key");
  if (existsSync(file)) return readFileSync(file, "utf8").trim();
  mkdirSync(DATA_DIR, { recursive: true });
  const key = randomBytes(32).toString("base64");
  writeFileSync(file, key + "\n", { mode: 0o600 });
  return key;
}
