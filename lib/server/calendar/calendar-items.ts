import { db } from "../../db";
import { appUrl } from "../../env";
import type { CalendarItem } from "./build-calendar";
import { NOT_ABOUT_TRASHED_CONTACT } from "../contacts/trash";

const FOLLOW_UP_MINUTES = 30;
// The feed carries the recent past and everything ahead.
const PAST_DAYS = 60;

const followUpSelect = {
  id: true,
  title: true,
  notes: true,
  dueAt: true,
  cadenceDays: true,
  contact: { select: { name: true } },
  application: { select: { role: true, company: { select: { name: true } } } },
} as const;

const interviewSelect = {
  id: true,
  kind: true,
  round: true,
  scheduledAt: true,
  durationMinutes: true,
  notes: true,
  application: { select: { id: true, role: true, company: { select: { name: true } } } },
} as const;

type FollowUpRow = {
  id: string;
  title: string;
  notes: string | null;
  dueAt: Date;
  cadenceDays: number | null;
  contact: { name: string } | null;
  application: { role: string; company: { name: string } } | null;
};
type InterviewRow = {
  id: string;
  kind: string;
  round: number | null;
  scheduledAt: Date;
  durationMinutes: number;
  notes: string | null;
  application: { id: string; role: string; company: { name: string } };
};

function followUpItem(row: FollowUpRow): CalendarItem {
  const context = [row.contact?.name, row.application ? `${row.application.role} at ${row.application.company.name}` : null].filter(Boolean).join(" · ");
  return {
    uid: `follow-up-${row.id}`,
    start: row.dueAt,
    end: new Date(row.dueAt.getTime() + FOLLOW_UP_MINUTES * 60_000),
    summary: `Follow up: ${row.title}`,
    description: [context, row.notes].filter(Boolean).join("\n\n") || undefined,
    url: `${appUrl()}/follow-ups#follow-up-${row.id}`,
    repeatEveryDays: row.cadenceDays ?? undefined,
  };
}

function interviewItem(row: InterviewRow): CalendarItem {
  const kind = row.kind.replaceAll("_", " ");
  return {
    uid: `interview-${row.id}`,
    start: row.scheduledAt,
    end: new Date(row.scheduledAt.getTime() + row.durationMinutes * 60_000),
    summary: `Interview (${kind}${row.round ? `, round ${row.round}` : ""}): ${row.application.role} at ${row.application.company.name}`,
    description: row.notes ?? undefined,
    url: `${appUrl()}/applications/${row.application.id}`,
  };
}

/** Everything the user's feed carries: open follow-ups and interviews, recent and upcoming. */
export async function listCalendarItems(userId: string, now = new Date()): Promise<CalendarItem[]> {
  const since = new Date(now.getTime() - PAST_DAYS * 24 * 3600_000);
  const [followUps, interviews] = await Promise.all([
    db.followUp.findMany({ where: { userId, status: { in: ["pending", "snoozed"] }, dueAt: { gte: since }, ...NOT_ABOUT_TRASHED_CONTACT }, select: followUpSelect, orderBy: { dueAt: "asc" }, take: 2000 }),
    db.interview.findMany({
      where: { userId, scheduledAt: { gte: since }, outcome: { not: "cancelled" }, application: { deletedAt: null } },
      select: interviewSelect,
      orderBy: { scheduledAt: "asc" },
      take: 1000,
    }),
  ]);
  return [...followUps.map(followUpItem), ...interviews.map(interviewItem)];
}

export async function followUpCalendarItem(userId: string, id: string): Promise<CalendarItem | null> {
  const row = await db.followUp.findFirst({ where: { id, userId, ...NOT_ABOUT_TRASHED_CONTACT }, select: followUpSelect });
  return row ? followUpItem(row) : null;
}

export async function interviewCalendarItem(userId: string, id: string): Promise<CalendarItem | null> {
  const row = await db.interview.findFirst({ where: { id, userId, application: { deletedAt: null } }, select: interviewSelect });
  return row ? interviewItem(row) : null;
}
