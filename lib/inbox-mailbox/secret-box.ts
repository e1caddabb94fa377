// Secrets at rest (a mailbox's app password): AES-256-GCM from node:crypto under ENCRYPTION_KEY.
// A sealed value names the key that sealed it, so a rotated key (ENCRYPTION_KEY_PREVIOUS) still
// opens what it sealed while everything is sealed again under the new one (docs/security.md).
import { createCipheriv, createDecipheriv, createHash, randomBytes } from "node:crypto";

const VERSION = "v1";
const IV_BYTES = 12;

export class MissingEncryptionKeyError extends Error {
  constructor() {
    super("ENCRYPTION_KEY is not set: this instance cannot keep a mailbox password. The administrator sets it (see .env.example).");
  }
}

/** A key as written in the environment: 32 bytes in base64 (`openssl rand -base64 32`) or hex. */
export function parseKey(text: string): Buffer | null {
  const trimmed = text.trim();
  const bytes = /^[0-9a-f]{64}$/i.test(trimmed) ? Buffer.from(trimmed, "hex") : Buffer.from(trimmed, "base64");
  return bytes.length === 32 ? bytes : null;
}

// Eight hex characters of the key's hash: tells keys apart without revealing them.
const keyIdOf = (key: Buffer) => createHash("sha256").update(key).digest("hex").slice(0, 8);

export type Keys = { current: Buffer; previous: Buffer[] };

/** The keys from the environment: ENCRYPTION_KEY, and ENCRYPTION_KEY_PREVIOUS (comma-separated) while rotating. */
export function keysFromEnv(source: Record<string, string | undefined> = process.env): Keys | null {
  const current = source.ENCRYPTION_KEY ? parseKey(source.ENCRYPTION_KEY) : null;
  if (!current) return null;
  const previous = (source.ENCRYPTION_KEY_PREVIOUS ?? "")
    .split(",")
    .filter((text) => text.trim())
    .flatMap((text) => parseKey(text) ?? []);
  return { current, previous };
}

function requireKeys(keys: Keys | null): Keys {
  if (!keys) throw new MissingEncryptionKeyError();
  return keys;
}

/** `v1:<key id>:<iv>:<tag>:<ciphertext>`, each part base64url. */
export function seal(plaintext: string, keys: Keys | null = keysFromEnv()): string {
  const { current } = requireKeys(keys);
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv("aes-256-gcm", current, iv);
  const ciphertext = Buffer.concat([cipher.update(plaintext, "utf8"), cipher.final()]);
  return [VERSION, keyIdOf(current), iv.toString("base64url"), cipher.getAuthTag().toString("base64url"), ciphertext.toString("base64url")].join(":");
}

export type Opened = { plaintext: string; /** Sealed under a previous key: seal it again. */ stale: boolean };

/** Opens a sealed value; null when no key at hand opens it (a lost or wrong key, a tampered value). */
export function open(sealed: string, keys: Keys | null = keysFromEnv()): Opened | null {
  const { current, previous } = requireKeys(keys);
  const [version, keyId, iv, tag, ciphertext] = sealed.split(":");
  if (version !== VERSION || !keyId || !iv || !tag || ciphertext === undefined) return null;
  const key = [current, ...previous].find((candidate) => keyIdOf(candidate) === keyId);
  if (!key) return null;
  try {
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    const plaintext = Buffer.concat([decipher.update(Buffer.from(ciphertext, "base64url")), decipher.final()]).toString("utf8");
    return { plaintext, stale: key !== current };
  } catch {
    return null;
  }
}
