import type { BoardCard } from "@/lib/server/applications/list-board";
import { dayIn, dayOfDateColumn } from "@/lib/schedule/follow-up-plan";
import { formatInTimeZone } from "@/lib/schedule/format-in-zone";

/** What a board card says besides its title, worked out on the server in the user's time zone. */
export type CardFacts = {
  applied: { day: string; label: string } | null;
  followUp: { day: string; label: string; overdue: boolean } | null;
  daysInStage: number;
};

const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string) {
  return Math.round((Date.parse(to) - Date.parse(from)) / DAY_MS);
}

/** "3 Nov", or "3 Nov 2025" when it is not this year. */
function shortDay(day: string, today: string) {
  const date = new Date(`${day}T00:00:00Z`);
  return formatInTimeZone(date, "UTC", day.slice(0, 4) === today.slice(0, 4) ? "d MMM" : "d MMM yyyy");
}

export function cardFacts(card: Pick<BoardCard, "appliedOn" | "nextFollowUpAt" | "inStageSince">, now: Date, timeZone: string): CardFacts {
  const today = dayIn(now, timeZone);
  const appliedDay = card.appliedOn ? dayOfDateColumn(card.appliedOn) : null;
  const followUpDay = card.nextFollowUpAt ? dayIn(card.nextFollowUpAt, timeZone) : null;
  return {
    applied: appliedDay ? { day: appliedDay, label: shortDay(appliedDay, today) } : null,
    followUp: followUpDay ? { day: followUpDay, label: shortDay(followUpDay, today), overdue: followUpDay < today } : null,
    daysInStage: Math.max(0, daysBetween(dayIn(card.inStageSince, timeZone), today)),
  };
}

/** A card as the board shows it: the facts worked out, the raw moments left on the server. */
export type ShownCard = Pick<BoardCard, "id" | "role" | "status" | "company" | "tags" | "salaryRange"> & { facts: CardFacts };
export type ShownColumn = { status: BoardCard["status"]; total: number; cards: ShownCard[] };

export function showCard({ id, role, status, company, tags, salaryRange, ...moments }: BoardCard, now: Date, timeZone: string): ShownCard {
  return { id, role, status, company, tags, salaryRange, facts: cardFacts(moments, now, timeZone) };
}
