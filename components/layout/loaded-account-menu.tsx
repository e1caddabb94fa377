"use client";

import { LogOut, Settings } from "lucide-react";
import Link from "next/link";
import { logOutAction } from "@/app/(app)/actions";
import { DropdownMenu, DropdownMenuContent, DropdownMenuItem, DropdownMenuLabel, DropdownMenuSeparator, DropdownMenuTrigger } from "@/components/ui/dropdown-menu";
import { AccountMenuTrigger } from "./account-menu-trigger";

/** Mounted by the first click on the account button, and so opens at once. */
export function LoadedAccountMenu({ email }: { email: string }) {
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
        <form action={logOutAction}>
          <DropdownMenuItem asChild>
            <button type="submit">
              <LogOut aria-hidden className="size-4" />
              Log out
            </button>
          </DropdownMenuItem>
        </form>
      </DropdownMenuContent>
    </DropdownMenu>
  );
}
