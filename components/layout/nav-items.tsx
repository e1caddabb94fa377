import { Circle } from "lucide-react";
import type { ReactNode } from "react";
import { NAV_LINKS } from "./nav-links";

export type NavItem = { href: string; label: string; icon: ReactNode };

/** The sections with their icons drawn on the server: the icons' code never reaches the browser. */
export function navItems(): NavItem[] {
  return NAV_LINKS.map(({ href, label, icon: Icon = Circle }) => ({
    href,
    label,
    icon: <Icon aria-hidden className="size-[18px] shrink-0" strokeWidth={1.75} />,
  }));
}
