import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";
import { env } from "./env";

export function createPrismaClient(databaseUrl = env().DATABASE_URL) {
  const adapter = new PrismaPg({ connectionString: databaseUrl, max: Number(process.env.DATABASE_POOL_SIZE ?? 10) });
  // Password hashes never leave the database unless a query asks for them by name.
  return new PrismaClient({ adapter, omit: { user: { passwordHash: true } } });
}

export type Db = ReturnType<typeof createPrismaClient>;
/** A transaction client (what `db.$transaction(async (tx) => …)` hands to its callback). */
export type Tx = Omit<Db, "$connect" | "$disconnect" | "$on" | "$transaction" | "$extends">;

// One client per process (kept across hot reloads in development), created on first use so
// that `next build` can import this module without a database.
const globalForPrisma = globalThis as unknown as { prisma?: Db };
function client(): Db {
  globalForPrisma.prisma ??= createPrismaClient();
  return globalForPrisma.prisma;
}

export const db: Db = new Proxy({} as Db, {
  get(_target, property) {
    const target = client();
    const value = Reflect.get(target, property, target);
    return typeof value === "function" ? value.bind(target) : value;
  },
});
