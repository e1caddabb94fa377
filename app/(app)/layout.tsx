import { Suspense } from "react";
import { AppHeader } from "@/components/layout/app-header";
import { KeyboardShortcuts } from "@/components/layout/keyboard-shortcuts";
import { Toaster } from "@/components/layout/toaster";
import { requireUser } from "@/lib/auth/current-user";

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <AppHeader email={user.email} />
      <main id="main" className="mx-auto max-w-6xl px-4 py-6">
        {children}
      </main>
      <KeyboardShortcuts />
      <Suspense>
        <Toaster />
      </Suspense>
    </>
  );
}
