import type { Metadata } from "next";
import Link from "next/link";
import { BarChart } from "@/components/insights/bar-chart";
import { ColumnChart } from "@/components/insights/column-chart";
import { StatCard } from "@/components/insights/stat-card";
import { buttonClasses } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/current-user";
import { getInsights } from "@/lib/server/insights/get-insights";

export const metadata: Metadata = { title: "Insights" };

const percent = (share: number) => `${Math.round(share * 100)}%`;

export default async function InsightsPage() {
  const user = await requireUser();
  const insights = await getInsights(user.id, user.timeZone);

  if (!insights.total) {
    return (
      <div className="space-y-6">
        <h1 className="text-2xl font-semibold tracking-tight">Insights</h1>
        <section className="rounded-xl border border-dashed border-slate-300 bg-white p-8 text-center dark:border-slate-700 dark:bg-slate-900">
          <h2 className="text-lg font-medium">No applications to learn from yet</h2>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
            Your funnel, response rate and weekly rhythm show up here once you record applications.
          </p>
          <div className="mt-4 flex justify-center gap-3">
            <Link href="/applications/new" className={buttonClasses("primary")}>
              Add an application
            </Link>
            <Link href="/import" className={buttonClasses("secondary")}>
              Import a spreadsheet
            </Link>
          </div>
        </section>
      </div>
    );
  }

  const { funnel, letters } = insights;
  const applied = funnel[0]!.value;
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold tracking-tight">Insights</h1>
      <dl className="grid gap-4 sm:grid-cols-3">
        <StatCard
          label="Response rate"
          value={insights.responseRate === null ? "—" : percent(insights.responseRate)}
          detail={`${insights.responded} of ${insights.total} applications got an answer`}
        />
        <StatCard
          label="Median days to first response"
          value={insights.medianDaysToFirstResponse === null ? "—" : String(insights.medianDaysToFirstResponse)}
          detail={insights.responsesTimed ? `from ${insights.responsesTimed} dated responses` : "needs applied dates and a response"}
        />
        <StatCard label="Letters owed" value={String(letters.owed)} detail={`${letters.overdue} past due · ${letters.sent} sent`} />
      </dl>
      <div className="grid gap-6 lg:grid-cols-2">
        <BarChart
          title="Funnel"
          labelHeader="Stage"
          description="How far your applications got (wishlist excluded)."
          valueHeader="Applications"
          data={funnel.map((stage) => ({ label: stage.label, value: stage.value, detail: applied ? percent(stage.value / applied) : undefined }))}
        />
        <BarChart
          title="Rejections by stage reached"
          labelHeader="Stage reached"
          valueHeader="Rejections"
          data={insights.rejections}
        />
        <ColumnChart
          title="Applications per week"
          labelHeader="Week of"
          description="The last 12 weeks, by applied date."
          valueHeader="Applications"
          data={insights.applicationsPerWeek}
        />
        <ColumnChart
          title="Interactions per week"
          labelHeader="Week of"
          description="Every logged touch with a contact, the last 12 weeks."
          valueHeader="Interactions"
          data={insights.interactionsPerWeek}
        />
        <BarChart
          title="Letters sent vs owed"
          labelHeader="Letters"
          valueHeader="Count"
          data={[
            { label: "Sent", value: letters.sent },
            { label: "Owed", value: letters.owed, detail: letters.overdue ? `${letters.overdue} past due` : undefined },
            { label: "Skipped", value: letters.skipped },
          ]}
        />
      </div>
    </div>
  );
}
