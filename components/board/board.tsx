"use client";

import { DndContext, PointerSensor, useDraggable, useDroppable, useSensor, useSensors, type DragEndEvent } from "@dnd-kit/core";
import { Banknote, CalendarCheck, CalendarClock, Hourglass } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useOptimistic, useState, useTransition } from "react";
import { moveApplicationAction, undoMoveApplicationAction } from "@/app/(app)/board/actions";
import { showUndoToast } from "@/components/layout/toaster";
import { FormMessage } from "@/components/ui/field";
import { APPLICATION_STATUSES, STATUS_LABELS, type ApplicationStatus } from "@/lib/validation/pipeline-options";
import type { ShownCard, ShownColumn } from "./card-facts";
import { moveCard } from "./move-card";

export function Board({ columns }: { columns: ShownColumn[] }) {
  const router = useRouter();
  const [saving, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  // Said aloud to screen readers, and tells everyone when a move is safely saved.
  const [moved, setMoved] = useState<string | null>(null);
  const [optimistic, applyMove] = useOptimistic(columns, moveCard<ShownCard>);
  // A small distance keeps clicks on a card's link and menu from starting a drag.
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 6 } }));

  function move(card: ShownCard, status: ApplicationStatus) {
    if (card.status === status) return;
    // A rejection is a record of its own (stage, feedback, letters): its form sets the status.
    if (status === "rejected") {
      router.push(`/applications/${card.id}/rejection`);
      return;
    }
    setError(null);
    setMoved(null);
    startTransition(async () => {
      applyMove({ id: card.id, status });
      const result = await moveApplicationAction(card.id, status);
      if (!result.ok) return setError(result.message);
      const message = `Moved ${card.role} at ${card.company} to ${STATUS_LABELS[status]}.`;
      // The toast says it (and offers Undo); a card that came from Rejected cannot go back by the
      // board (its rejection form sets that status), so the line below the heading says it instead.
      if (card.status === "rejected") setMoved(message);
      else showUndoToast(message, () => undoMoveApplicationAction(card.id, status, card.status));
    });
  }

  function onDragEnd({ active, over }: DragEndEvent) {
    const card = active.data.current as ShownCard | undefined;
    if (card && over) move(card, over.id as ApplicationStatus);
  }

  return (
    <div className="space-y-3">
      <FormMessage message={error} />
      <p role="status" className="min-h-5 text-sm text-slate-600 dark:text-slate-400">
        {saving ? "Saving…" : moved}
      </p>
      <DndContext id="board" sensors={sensors} onDragEnd={onDragEnd}>
        {/* Every column at its width; the board scrolls sideways inside the page, never the page itself. */}
        <div className="-mx-4 flex gap-3 overflow-x-auto px-4 pb-4 lg:-mx-6 lg:px-6">
          {optimistic.map((column) => (
            <Column key={column.status} column={column} onMove={move} />
          ))}
        </div>
      </DndContext>
    </div>
  );
}

function Column({ column, onMove }: { column: ShownColumn; onMove: (card: ShownCard, status: ApplicationStatus) => void }) {
  const { setNodeRef, isOver } = useDroppable({ id: column.status });
  const headingId = `column-${column.status}`;
  return (
    <section
      ref={setNodeRef}
      aria-labelledby={headingId}
      className={`flex w-72 shrink-0 flex-col gap-2 rounded-xl p-2 ${isOver ? "bg-brand-50 ring-2 ring-brand-500 dark:bg-slate-800" : "bg-slate-100 dark:bg-slate-900"}`}
    >
      <h2 id={headingId} className="flex items-center justify-between px-1.5 pt-1 text-sm font-semibold">
        {STATUS_LABELS[column.status]}
        <span className="rounded-full bg-white px-2 text-xs font-medium text-slate-600 dark:bg-slate-800 dark:text-slate-300">{column.total}</span>
      </h2>
      <ul className="flex min-h-16 flex-col gap-2">
        {column.cards.map((card) => (
          <Card key={card.id} card={card} onMove={onMove} />
        ))}
      </ul>
      {column.total > column.cards.length ? (
        <Link href={`/applications?status=${column.status}`} className="px-1 text-xs text-brand-600 underline dark:text-brand-100">
          See all {column.total}
        </Link>
      ) : null}
    </section>
  );
}

const fact = "flex items-center gap-1.5";

function Card({ card, onMove }: { card: ShownCard; onMove: (card: ShownCard, status: ApplicationStatus) => void }) {
  // Pointer dragging only; keyboard users have the status menu, which says what it does.
  const { setNodeRef, listeners, transform, isDragging } = useDraggable({ id: card.id, data: card });
  const style = transform ? { transform: `translate3d(${transform.x}px, ${transform.y}px, 0)` } : undefined;
  const menuId = `move-${card.id}`;
  const { applied, followUp, daysInStage } = card.facts;
  return (
    <li
      ref={setNodeRef}
      style={style}
      {...listeners}
      data-testid="board-card"
      className={`cursor-grab touch-none rounded-lg border border-slate-200 bg-white p-3 text-sm shadow-sm dark:border-slate-700 dark:bg-slate-950 ${isDragging ? "z-10 opacity-80 shadow-lg" : ""}`}
    >
      <Link href={`/applications/${card.id}`} className="font-medium text-brand-600 hover:underline dark:text-brand-100">
        {card.role}
      </Link>
      <p className="text-xs text-slate-600 dark:text-slate-400">{card.company}</p>
      <ul className="mt-2 space-y-1 text-xs text-slate-600 dark:text-slate-400">
        {applied ? (
          <li className={fact}>
            <CalendarCheck aria-hidden className="size-3.5 shrink-0" />
            <span>
              Applied <time dateTime={applied.day}>{applied.label}</time>
            </span>
          </li>
        ) : null}
        {followUp ? (
          <li className={`${fact} ${followUp.overdue ? "font-medium text-red-700 dark:text-red-400" : ""}`}>
            <CalendarClock aria-hidden className="size-3.5 shrink-0" />
            <span>
              {followUp.overdue ? "Follow-up overdue since" : "Follow up"} <time dateTime={followUp.day}>{followUp.label}</time>
            </span>
          </li>
        ) : null}
        {card.salaryRange ? (
          <li className={fact}>
            <Banknote aria-hidden className="size-3.5 shrink-0" />
            <span className="truncate">
              <span className="sr-only">Salary </span>
              {card.salaryRange}
            </span>
          </li>
        ) : null}
        <li className={fact}>
          <Hourglass aria-hidden className="size-3.5 shrink-0" />
          <time dateTime={`P${daysInStage}D`}>{daysInStage === 0 ? "New in this stage" : `${daysInStage} ${daysInStage === 1 ? "day" : "days"} in this stage`}</time>
        </li>
      </ul>
      {card.tags.length ? (
        <ul aria-label="Tags" className="mt-2 flex flex-wrap gap-1">
          {card.tags.map((tag) => (
            <li key={tag} className="rounded-full bg-slate-100 px-2 py-0.5 text-xs text-slate-700 dark:bg-slate-800 dark:text-slate-300">
              {tag}
            </li>
          ))}
        </ul>
      ) : null}
      <form
        className="mt-3 flex items-center gap-1"
        onSubmit={(event) => {
          event.preventDefault();
          const status = new FormData(event.currentTarget).get("status");
          onMove(card, status as ApplicationStatus);
        }}
      >
        <label htmlFor={menuId} className="sr-only">
          Status of {card.role} at {card.company}
        </label>
        <select id={menuId} name="status" defaultValue={card.status} key={card.status} className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-1.5 py-1 text-xs dark:border-slate-700 dark:bg-slate-900">
          {APPLICATION_STATUSES.map((status) => (
            <option key={status} value={status}>
              {STATUS_LABELS[status]}
            </option>
          ))}
        </select>
        <button type="submit" className="rounded-md border border-slate-300 px-2.5 py-1 text-xs font-medium hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800">
          Move
        </button>
      </form>
    </li>
  );
}
