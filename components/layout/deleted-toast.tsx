"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import { showUndoToast } from "@/components/layout/toaster";
import type { FormState } from "@/lib/validation/form";

/**
 * After a Delete lands on its list (?deleted=id): the toast with "Undo", once; the address drops
 * the id. `undo` is the restore action bound to that id.
 */
export function DeletedToast({ message, undo }: { message: string; undo: () => Promise<FormState> }) {
  const router = useRouter();
  const pathname = usePathname();
  useEffect(() => {
    // After this commit, so that the layout's toaster (whose effects run after the page's) listens.
    const timer = setTimeout(() => {
      showUndoToast(message, undo);
      router.replace(pathname, { scroll: false });
    });
    return () => clearTimeout(timer);
  }, [message, undo, pathname, router]);
  return null;
}
