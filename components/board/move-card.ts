import type { BoardColumn } from "@/lib/server/applications/list-board";
import type { ApplicationStatus } from "@/lib/validation/application";

/** The board after one card moves: out of its column, onto the top of the target, counts kept true. */
export function moveCard(columns: BoardColumn[], { id, status }: { id: string; status: ApplicationStatus }): BoardColumn[] {
  const card = columns.flatMap((column) => column.cards).find((candidate) => candidate.id === id);
  if (!card || card.status === status) return columns;
  return columns.map((column) => {
    if (column.status === card.status) return { ...column, total: column.total - 1, cards: column.cards.filter((other) => other.id !== id) };
    if (column.status === status) return { ...column, total: column.total + 1, cards: [{ ...card, status }, ...column.cards] };
    return column;
  });
}
