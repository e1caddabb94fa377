import Link from "next/link";
import { logOutAction } from "@/app/(app)/actions";
import { NAV_LINKS } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";
import { UnreadBadge } from "@/components/notifications/unread-badge";

export function AppHeader({ email, userId }: { email: string; userId: string }) {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href="/dashboard" className="text-lg font-semibold tracking-tight">
          <span aria-hidden>🌉 </span>Bridges
        </Link>
        <nav aria-label="Main" className="flex flex-1 flex-wrap gap-1 text-sm">
          {NAV_LINKS.map((link) => (
            <Link key={link.href} href={link.href} className="rounded-md px-2.5 py-1.5 text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
              {link.label}
            </Link>
          ))}
        </nav>
        <UnreadBadge userId={userId} />
        <ThemeToggle />
        <details className="relative">
          <summary className="cursor-pointer list-none rounded-md px-2.5 py-1.5 text-sm text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
            <span className="sr-only">Account menu for </span>
            {email}
          </summary>
          <div className="absolute right-0 z-20 mt-1 w-44 rounded-md border border-slate-200 bg-white p-1 shadow-lg dark:border-slate-700 dark:bg-slate-900">
            <form action={logOutAction}>
              <button type="submit" className="w-full rounded px-3 py-2 text-left text-sm hover:bg-slate-100 dark:hover:bg-slate-800">
                Log out
              </button>
            </form>
          </div>
        </details>
      </div>
    </header>
  );
}
