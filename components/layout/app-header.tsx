import Link from "next/link";
import { logOutAction } from "@/app/(app)/actions";
import { NAV_LINKS } from "./nav-links";
import { ThemeToggle } from "./theme-toggle";
import { InboxBadge } from "@/components/inbox/inbox-badge";
import { UnreadBadge } from "@/components/notifications/unread-badge";
import { SearchBox } from "@/components/search/search-box";

export function AppHeader({ email }: { email: string }) {
  return (
    <header className="border-b border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-3">
        <Link href="/dashboard" className="text-lg font-semibold tracking-tight">
          <span aria-hidden>🌉 </span>Bridges
        </Link>
        {/* On a phone the sections scroll sideways in their own row, never the page. */}
        <nav aria-label="Main" className="order-last -mx-1 flex w-full gap-1 overflow-x-auto whitespace-nowrap text-sm lg:order-none lg:mx-0 lg:w-auto lg:flex-1 lg:flex-wrap">
          {NAV_LINKS.map((link) => (
            <Link key={link.href} href={link.href} className="rounded-md px-2.5 py-1.5 text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
              {link.label}
              {link.href === "/inbox" ? <InboxBadge /> : null}
            </Link>
          ))}
        </nav>
        <SearchBox />
        <UnreadBadge />
        <ThemeToggle />
        <details className="relative">
          <summary className="block max-w-48 cursor-pointer list-none truncate rounded-md px-2.5 py-1.5 text-sm text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800">
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
