import type { ApplicationStatus } from "@/lib/validation/application";

type MovableCard = { id: string; status: ApplicationStatus; facts?: { daysInStage: number } };
type Column<C extends MovableCard> = { status: ApplicationStatus; total: number; cards: C[] };

/** The board after one card moves: out of its column, onto the top of the target, counts kept true. */
export function moveCard<C extends MovableCard>(columns: Column<C>[], { id, status }: { id: string; status: ApplicationStatus }): Column<C>[] {
  const card = columns.flatMap((column) => column.cards).find((candidate) => candidate.id === id);
  if (!card || card.status === status) return columns;
  // A card that just arrived has spent no day in its new column.
  const moved = { ...card, status, ...(card.facts ? { facts: { ...card.facts, daysInStage: 0 } } : {}) };
  return columns.map((column) => {
    if (column.status === card.status) return { ...column, total: column.total - 1, cards: column.cards.filter((other) => other.id !== id) };
    if (column.status === status) return { ...column, total: column.total + 1, cards: [moved, ...column.cards] };
    return column;
  });
}
