import type { Metadata } from "next";
import Link from "next/link";
import { Suspense } from "react";
import { buttonClasses } from "@/components/ui/button";
import { CardSkeleton } from "@/components/dashboard/card";
import { ContactsToTouch, DueFollowUps, LettersWaiting, PipelineCounts, RecentActivity, UpcomingInterviews } from "@/components/dashboard/blocks";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Dashboard" };

// "What do I owe whom today?" — each card streams on its own, one query each.
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
          <Suspense fallback={<CardSkeleton lines={4} />}>
            <DueFollowUps {...block} />
          </Suspense>
          <Suspense fallback={<CardSkeleton />}>
            <LettersWaiting {...block} />
          </Suspense>
          <Suspense fallback={<CardSkeleton />}>
            <UpcomingInterviews {...block} />
          </Suspense>
        </div>
        <div className="space-y-6">
          <Suspense fallback={<CardSkeleton lines={5} />}>
            <PipelineCounts userId={user.id} />
          </Suspense>
          <Suspense fallback={<CardSkeleton />}>
            <ContactsToTouch {...block} />
          </Suspense>
          <Suspense fallback={<CardSkeleton lines={5} />}>
            <RecentActivity userId={user.id} timeZone={user.timeZone} />
          </Suspense>
        </div>
      </div>
    </div>
  );
}
