/**
 * Demo data: `npm run db:seed` (or `SEED_DEMO=1 npm start`). Creates — or re-creates — the
 * account demo@bridges.local / "bridges demo account" with a realistic month of job search.
 */
import { db } from "../lib/db";
import { seedDemoAccount } from "../tests/factories/demo";

export const DEMO_EMAIL = "demo@bridges.local";
export const DEMO_PASSWORD = "bridges demo account";

seedDemoAccount(db, { email: DEMO_EMAIL, password: DEMO_PASSWORD })
  .then((user) => console.log(`✔ Demo account ready: ${user.email} / ${DEMO_PASSWORD}`))
  .catch((error) => {
    console.error("✖ Seeding failed:", error);
    process.exitCode = 1;
  })
  .finally(() => db.$disconnect());
