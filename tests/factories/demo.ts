// The demo account, shared by prisma/seed.ts and the browser tests: a new user filled with the
// same data the dashboard's "Load demo data" button adds (lib/server/demo/load-demo-data.ts).
import type { Db, Tx } from "../../lib/db";
import { loadDemoData } from "../../lib/server/demo/load-demo-data";
import { createUser } from "./index";

/** A realistic month of job search for one account (replacing any account with that e-mail). */
export async function seedDemoAccount(db: Db | Tx, { email, password, name = "Demo Seeker" }: { email: string; password: string; name?: string }) {
  await db.user.deleteMany({ where: { email } });
  const user = await createUser(db, { email, name, password, timeZone: "Europe/London" });
  await loadDemoData(user.id, { tx: db });
  return user;
}
