import { describe, expect, it } from "vitest";
import type { ApplicationStatus } from "@/lib/validation/application";
import { moveCard } from "./move-card";

const card = (id: string, status: ApplicationStatus) => ({ id, role: `Role ${id}`, company: "Acme", status, facts: { daysInStage: 12 } });
const board: { status: ApplicationStatus; total: number; cards: ReturnType<typeof card>[] }[] = [
  { status: "applied", total: 3, cards: [card("a", "applied"), card("b", "applied")] },
  { status: "offer", total: 1, cards: [card("c", "offer")] },
];

describe("moveCard", () => {
  it("moves the card to the top of the target column and keeps the counts", () => {
    const after = moveCard(board, { id: "b", status: "offer" });
    expect(after.map((column) => [column.status, column.total, column.cards.map((c) => c.id)])).toEqual([
      ["applied", 2, ["a"]],
      ["offer", 2, ["b", "c"]],
    ]);
    expect(after[1]!.cards[0]!.status).toBe("offer");
    expect(after[1]!.cards[0]!.facts.daysInStage).toBe(0);
  });

  it("leaves the board alone for an unknown card or a move to the same column", () => {
    expect(moveCard(board, { id: "zzz", status: "offer" })).toBe(board);
    expect(moveCard(board, { id: "a", status: "applied" })).toBe(board);
  });
});
