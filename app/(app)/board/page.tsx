import type { Metadata } from "next";
import Link from "next/link";
import { Board } from "@/components/board/board";
import { showCard } from "@/components/board/card-facts";
import { buttonClasses } from "@/components/ui/button";
import { requireUser } from "@/lib/auth/current-user";
import { listBoard } from "@/lib/server/applications/list-board";

export const metadata: Metadata = { title: "Board" };

export default async function BoardPage() {
  const user = await requireUser();
  const board = await listBoard(user.id);
  const now = new Date();
  const columns = board.map((column) => ({ ...column, cards: column.cards.map((card) => showCard(card, now, user.timeZone)) }));
  const empty = columns.every((column) => column.total === 0);
  return (
    <div data-wide className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-semibold tracking-tight">Board</h1>
        <Link href="/applications/new" className={buttonClasses()}>
          New application
        </Link>
      </div>
      {empty ? (
        <div className="rounded-xl border border-dashed border-slate-300 p-8 text-center dark:border-slate-700">
          <h2 className="text-lg font-medium">Your board is empty</h2>
          <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">Add an application and move it across the columns as your search goes on.</p>
        </div>
      ) : (
        <>
          <p className="text-sm text-slate-600 dark:text-slate-400">Drag a card to another column, or use its status menu and “Move”.</p>
          <Board columns={columns} />
        </>
      )}
    </div>
  );
}
