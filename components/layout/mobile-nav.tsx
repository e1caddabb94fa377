"use client";

import dynamic from "next/dynamic";
import { useRef, useState, type ReactNode } from "react";
import type { NavItem } from "./nav-items";

// The drawer (Radix dialog) loads on the first tap: its code stays off every page's first load.
const NavDrawer = dynamic(() => import("./nav-drawer").then((module) => module.NavDrawer), { ssr: false });

/** Phones and small windows: the sections in a drawer behind the top bar's menu button. */
export function MobileNav({ items, inboxBadge, icon }: { items: NavItem[]; inboxBadge?: ReactNode; icon: ReactNode }) {
  const [open, setOpen] = useState(false);
  const [wanted, setWanted] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        onClick={() => {
          setWanted(true);
          setOpen(true);
        }}
        className="-ml-1 rounded-md p-2 text-slate-700 hover:bg-slate-100 dark:text-slate-200 dark:hover:bg-slate-800 lg:hidden"
      >
        {icon}
        <span className="sr-only">Menu</span>
      </button>
      {wanted ? <NavDrawer open={open} onOpenChange={setOpen} items={items} inboxBadge={inboxBadge} returnFocusTo={button} /> : null}
    </>
  );
}
