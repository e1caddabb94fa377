import { z } from "zod";
import { parseKey } from "./inbox-mailbox/secret-box";

// The server's configuration, validated once on first use so that a misconfigured instance
// fails at start-up with a message naming the variable, not later with a stack trace.
const serverEnvSchema = z.object({
  NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
  DATABASE_URL: z
    .string({ error: "DATABASE_URL is required (npm start provides one for the embedded database)" })
    .regex(/^postgres(ql)?:\/\//, "DATABASE_URL must be a postgresql:// URL"),
  AUTH_SECRET: z
    .string({ error: "AUTH_SECRET is required: generate one with `openssl rand -base64 33`" })
    .min(32, "AUTH_SECRET must be at least 32 characters"),
  APP_URL: z.url("APP_URL must be an absolute URL such as https://bridges.example.com").optional(),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, "SMTP_URL must look like smtp://user:pass@host:587 or smtps://…")
    .optional(),
  MAIL_FROM: z.string().min(3).default("Bridges <bridges@localhost>"),
  // Seals mailbox passwords at rest (AES-256-GCM): 32 bytes, base64 or hex. Optional: without it
  // no mailbox can be connected. ENCRYPTION_KEY_PREVIOUS: old keys while rotating (docs/security.md).
  ENCRYPTION_KEY: z
    .string()
    .refine((value) => parseKey(value) !== null, "ENCRYPTION_KEY must be 32 bytes in base64 (`openssl rand -base64 32`) or 64 hex characters")
    .optional(),
  ENCRYPTION_KEY_PREVIOUS: z
    .string()
    .refine((value) => value.split(",").every((key) => !key.trim() || parseKey(key) !== null), "ENCRYPTION_KEY_PREVIOUS must list 32-byte keys (base64 or hex), comma-separated")
    .optional(),
  // Browser extensions allowed to call /api/v1 from their pages (CORS), comma-separated,
  // e.g. "chrome-extension://abcdefghijklmnopabcdefghijklmnop,moz-extension://<uuid>".
  EXTENSION_ORIGINS: z
    .string()
    .transform((value) => value.split(",").map((origin) => origin.trim().replace(/\/$/, "")).filter(Boolean))
    .refine((origins) => origins.every((origin) => /^(chrome|moz)-extension:\/\/[\w-]+$/.test(origin)), "EXTENSION_ORIGINS must list chrome-extension://… or moz-extension://… origins")
    .default([]),
});

export type ServerEnv = z.infer<typeof serverEnvSchema>;

let cached: ServerEnv | undefined;

export function formatEnvErrors(error: z.ZodError): string {
  const lines = error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`);
  return `Bridges cannot start: the environment is invalid.\n${lines.join("\n")}\nSee .env.example.`;
}

export function parseServerEnv(source: Record<string, string | undefined>): ServerEnv {
  // Empty strings in .env files mean "not set".
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ""));
  const result = serverEnvSchema.safeParse(cleaned);
  if (!result.success) throw new Error(formatEnvErrors(result.error));
  return result.data;
}

export function env(): ServerEnv {
  cached ??= parseServerEnv(process.env);
  return cached;
}

export function appUrl(): string {
  const { APP_URL, PORT } = env();
  return (APP_URL ?? `http://localhost:${PORT}`).replace(/\/$/, "");
}
