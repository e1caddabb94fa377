"use client";

import Link from "next/link";
import type { ReactNode, RefObject } from "react";
import { Sheet, SheetContent, SheetTitle } from "@/components/ui/sheet";
import { BrandMark } from "./brand-mark";
import { MainNav } from "./main-nav";
import type { NavItem } from "./nav-items";

type NavDrawerProps = {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  items: NavItem[];
  inboxBadge?: ReactNode;
  returnFocusTo: RefObject<HTMLButtonElement | null>;
};

export function NavDrawer({ open, onOpenChange, items, inboxBadge, returnFocusTo }: NavDrawerProps) {
  const close = () => onOpenChange(false);
  return (
    <Sheet open={open} onOpenChange={onOpenChange}>
      <SheetContent
        onCloseAutoFocus={(event) => {
          // The menu button lives outside the dialog (it is not a Radix trigger): focus goes back to it.
          event.preventDefault();
          returnFocusTo.current?.focus();
        }}
      >
        <SheetTitle asChild>
          <Link href="/dashboard" onClick={close} className="flex h-14 items-center gap-2.5 px-4 text-lg font-semibold tracking-tight">
            <BrandMark />
            Bridges
          </Link>
        </SheetTitle>
        <div className="flex-1 overflow-y-auto px-2 py-2">
          <MainNav items={items} inboxBadge={inboxBadge} onNavigate={close} />
        </div>
      </SheetContent>
    </Sheet>
  );
}
