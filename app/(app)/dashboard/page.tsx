import type { Metadata } from "next";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";
import { ComingUp, ContactsToTouch, DueFollowUps, FinishWhatYouStarted, LettersWaiting, PipelineCounts, RecentActivity, UpcomingInterviews } from "@/components/dashboard/blocks";
import { FirstRunChecklist } from "@/components/dashboard/first-run-checklist";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Dashboard" };

// "What do I owe whom today?" — one query per card, all running at once. The page is sent when
// they have all answered (a few milliseconds each): streaming each card in its own Suspense
// boundary cost about a sixth of the page's server CPU (bench/RESULTS.md). While navigating,
// loading.tsx shows the cards' skeletons.
export default async function DashboardPage() {
  const user = await requireUser();
  const block = { userId: user.id, timeZone: user.timeZone, now: new Date() };
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Welcome{user.name ? `, ${user.name}` : ""}</h1>
        <div className="flex gap-2">
          <Link href="/applications/new" className={buttonClasses("primary")}>
            New application
          </Link>
          <Link href="/follow-ups/new" className={buttonClasses("secondary")}>
            New follow-up
          </Link>
        </div>
      </div>
      <div className="grid gap-6 lg:grid-cols-3">
        <div className="space-y-6 lg:col-span-2">
          <FirstRunChecklist userId={user.id} />
          <DueFollowUps {...block} />
          <FinishWhatYouStarted userId={user.id} />
          <ComingUp {...block} />
          <LettersWaiting {...block} />
          <UpcomingInterviews {...block} />
        </div>
        <div className="space-y-6">
          <PipelineCounts userId={user.id} />
          <ContactsToTouch {...block} />
          <RecentActivity userId={user.id} timeZone={user.timeZone} />
        </div>
      </div>
    </div>
  );
}
