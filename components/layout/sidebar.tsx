"use client";

import Link from "next/link";
import { useState, type ReactNode } from "react";
import { SIDEBAR_COOKIE } from "@/lib/sidebar";
import { BrandMark } from "./brand-mark";
import { MainNav } from "./main-nav";
import type { NavItem } from "./nav-items";

/** The desktop sidebar; collapsing it to icons is remembered in a cookie for the next visit. */
type SidebarProps = {
  items: NavItem[];
  initiallyCollapsed: boolean;
  inboxBadge?: ReactNode;
  /** Drawn by the server, so no icon code ships to the browser. */
  icons: { collapse: ReactNode; expand: ReactNode };
};

export function Sidebar({ items, initiallyCollapsed, inboxBadge, icons }: SidebarProps) {
  const [collapsed, setCollapsed] = useState(initiallyCollapsed);

  function toggle() {
    const next = !collapsed;
    setCollapsed(next);
    document.cookie = `${SIDEBAR_COOKIE}=${next ? "collapsed" : "expanded"}; Path=/; Max-Age=31536000; SameSite=Lax`;
  }

  return (
    <aside
      data-collapsed={collapsed || undefined}
      className={`sticky top-0 hidden h-screen shrink-0 flex-col border-r border-slate-200 bg-white dark:border-slate-800 dark:bg-slate-900 lg:flex ${collapsed ? "w-16" : "w-56"}`}
    >
      <Link href="/dashboard" className={`flex h-14 items-center gap-2.5 px-4 text-lg font-semibold tracking-tight ${collapsed ? "justify-center px-0" : ""}`}>
        <BrandMark />
        <span className={collapsed ? "sr-only" : undefined}>Bridges</span>
      </Link>
      <div className="flex-1 overflow-y-auto px-2 py-2">
        <MainNav items={items} inboxBadge={inboxBadge} collapsed={collapsed} />
      </div>
      <div className="border-t border-slate-200 p-2 dark:border-slate-800">
        <button
          type="button"
          onClick={toggle}
          aria-expanded={!collapsed}
          className={`flex w-full items-center gap-3 rounded-md px-2.5 py-2 text-sm text-slate-600 hover:bg-slate-100 hover:text-slate-900 dark:text-slate-400 dark:hover:bg-slate-800 dark:hover:text-white ${collapsed ? "justify-center" : ""}`}
        >
          {collapsed ? icons.expand : icons.collapse}
          <span className={collapsed ? "sr-only" : undefined}>Collapse the sidebar</span>
        </button>
      </div>
    </aside>
  );
}
