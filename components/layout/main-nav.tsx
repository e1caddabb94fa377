"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import type { ReactNode } from "react";
import type { NavItem } from "./nav-items";

function isCurrent(pathname: string, href: string) {
  return pathname === href || pathname.startsWith(`${href}/`);
}

/**
 * The sections: the desktop sidebar and the phone drawer both render it. `collapsed` keeps the
 * labels for screen readers and shows them on hover as a title.
 */
export function MainNav({ items, inboxBadge, collapsed = false, onNavigate }: { items: NavItem[]; inboxBadge?: ReactNode; collapsed?: boolean; onNavigate?: () => void }) {
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className="flex flex-col gap-0.5 text-sm">
      {items.map((item) => {
        const current = isCurrent(pathname, item.href);
        return (
          <Link
            key={item.href}
            href={item.href}
            onClick={onNavigate}
            aria-current={current ? "page" : undefined}
            title={collapsed ? item.label : undefined}
            className={`nav-link ${current ? "nav-link-current" : "nav-link-other"}${collapsed ? " justify-center" : ""}`}
          >
            {item.icon}
            <span className={collapsed ? "sr-only" : "flex-1 truncate"}>{item.label}</span>
            {item.href === "/inbox" && inboxBadge ? <span className={collapsed ? "absolute right-0.5 top-0.5" : ""}>{inboxBadge}</span> : null}
          </Link>
        );
      })}
    </nav>
  );
}
