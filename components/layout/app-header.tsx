import { Menu } from "lucide-react";
import Link from "next/link";
import type { ReactNode } from "react";
import { UnreadBadge } from "@/components/notifications/unread-badge";
import { SearchBox } from "@/components/search/search-box";
import { AccountMenu } from "./account-menu";
import { BrandMark } from "./brand-mark";
import { MobileNav } from "./mobile-nav";
import type { NavItem } from "./nav-items";
import { ThemeToggle } from "./theme-toggle";

/** The top bar: one row of 56 px at every width (the sections live in the sidebar or the drawer). */
export function AppHeader({ email, navItems, inboxBadge }: { email: string; navItems: NavItem[]; inboxBadge: ReactNode }) {
  return (
    <header className="sticky top-0 z-30 border-b border-slate-200 bg-white/90 backdrop-blur dark:border-slate-800 dark:bg-slate-900/90">
      <div className="flex h-14 items-center gap-2 px-3 sm:gap-3 sm:px-4 lg:px-6">
        <MobileNav items={navItems} inboxBadge={inboxBadge} icon={<Menu aria-hidden className="size-5" />} />
        <Link href="/dashboard" className="flex shrink-0 items-center gap-2 font-semibold tracking-tight lg:hidden">
          <BrandMark />
          <span className="sr-only sm:not-sr-only">Bridges</span>
        </Link>
        <div className="min-w-0 flex-1 sm:max-w-sm">
          <SearchBox />
        </div>
        <div className="ml-auto flex shrink-0 items-center gap-0.5 sm:gap-1">
          <UnreadBadge />
          <ThemeToggle />
          <AccountMenu email={email} />
        </div>
      </div>
    </header>
  );
}
