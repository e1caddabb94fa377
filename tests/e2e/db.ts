// Direct database access for end-to-end tests that need data faster than the UI can type it.
// The server under test and these tests share DATABASE_URL (npm test sets it).
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@prisma/client";

export const e2eDb = new PrismaClient({ adapter: new PrismaPg({ connectionString: process.env.DATABASE_URL!, max: 2 }) });

export async function userIdFor(email: string): Promise<string> {
  const user = await e2eDb.user.findUniqueOrThrow({ where: { email: email.toLowerCase() }, select: { id: true } });
  return user.id;
}
