"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect } from "react";
import { undoDeleteApplicationAction } from "@/app/(app)/applications/actions";
import { showUndoToast } from "@/components/layout/toaster";

/** After Delete lands on the list (?deleted=id): the toast with "Undo", once; the address drops the id. */
export function DeletedApplicationToast({ applicationId }: { applicationId: string }) {
  const router = useRouter();
  const pathname = usePathname();
  useEffect(() => {
    // After this commit, so that the layout's toaster (whose effects run after the page's) listens.
    const timer = setTimeout(() => {
      showUndoToast("Application deleted.", () => undoDeleteApplicationAction(applicationId));
      router.replace(pathname, { scroll: false });
    });
    return () => clearTimeout(timer);
  }, [applicationId, pathname, router]);
  return null;
}
