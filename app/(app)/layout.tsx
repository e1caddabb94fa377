import { PanelLeftClose, PanelLeftOpen, X } from "lucide-react";
import { cookies } from "next/headers";
import { Suspense } from "react";
import { InboxBadge } from "@/components/inbox/inbox-badge";
import { AppHeader } from "@/components/layout/app-header";
import { navItems } from "@/components/layout/nav-items";
import { KeyboardShortcuts } from "@/components/layout/keyboard-shortcuts";
import { Sidebar } from "@/components/layout/sidebar";
import { Toaster } from "@/components/layout/toaster";
import { requireUser } from "@/lib/auth/current-user";
import { isSidebarCollapsed, SIDEBAR_COOKIE } from "@/lib/sidebar";

const sidebarIcon = { "aria-hidden": true, className: "size-[18px] shrink-0", strokeWidth: 1.75 } as const;

export default async function SignedInLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const collapsed = isSidebarCollapsed((await cookies()).get(SIDEBAR_COOKIE)?.value);
  const inboxBadge = <InboxBadge />;
  const items = navItems();
  return (
    <>
      <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2">
        Skip to content
      </a>
      <div className="flex min-h-screen">
        <Sidebar
          items={items}
          initiallyCollapsed={collapsed}
          inboxBadge={inboxBadge}
          icons={{ collapse: <PanelLeftClose {...sidebarIcon} />, expand: <PanelLeftOpen {...sidebarIcon} /> }}
        />
        <div className="flex min-w-0 flex-1 flex-col">
          <AppHeader email={user.email} navItems={items} inboxBadge={inboxBadge} />
          {/* Pages keep a readable width; the board (data-wide) takes the whole column. */}
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 lg:px-6 has-[[data-wide]]:max-w-none">
            {children}
          </main>
        </div>
      </div>
      <KeyboardShortcuts />
      <Suspense>
        <Toaster closeIcon={<X aria-hidden className="size-4" />} />
      </Suspense>
    </>
  );
}
