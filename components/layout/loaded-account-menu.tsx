"use client";

import { LogOut, Settings } from "lucide-react";
import Link from "next/link";
import { useTransition } from "react";
import { logOutAction } from "@/app/(app)/actions";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { AccountMenuTrigger } from "./account-menu-trigger";

/** Mounted by the first click on the account button, and so opens at once. */
export function LoadedAccountMenu({ email }: { email: string }) {
  const [, startTransition] = useTransition();
  return (
    <DropdownMenu modal={false} defaultOpen>
      <DropdownMenuTrigger asChild>
        <AccountMenuTrigger email={email} />
      </DropdownMenuTrigger>
      <DropdownMenuContent align="end">
        <DropdownMenuLabel>{email}</DropdownMenuLabel>
        <DropdownMenuSeparator />
        <DropdownMenuItem asChild>
          <Link href="/settings">
            <Settings aria-hidden className="size-4" />
            Settings
          </Link>
        </DropdownMenuItem>
        {/* Called directly: a form inside the menu would be gone before it submitted (the menu closes on select). */}
        <DropdownMenuItem onSelect={() => startTransition(() => logOutAction())}>
          <LogOut aria-hidden className="size-4" />
          Log out
        </DropdownMenuItem>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
