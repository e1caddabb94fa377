import type { Metadata } from "next";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Dashboard" };

export default async function DashboardPage() {
  const user = await requireUser();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Welcome{user.name ? `, ${user.name}` : ""}</h1>
      <section aria-labelledby="today" className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center dark:border-slate-700 dark:bg-slate-900">
        <h2 id="today" className="text-lg font-medium">Nothing is due today</h2>
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
          Your follow-ups, letters to write and upcoming interviews will show up here as you record your search.
        </p>
      </section>
    </div>
  );
}
