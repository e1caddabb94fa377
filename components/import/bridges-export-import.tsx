"use client";

import Link from "next/link";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { FormMessage } from "@/components/ui/field";
import { BRIDGES_EXPORT_MAX_BYTES, BRIDGES_EXPORT_TOO_LARGE } from "@/lib/import/bridges-export-limit";

type Imported = Record<string, number>;
type State = { status: "idle" | "importing" } | { status: "failed"; message: string } | { status: "done"; imported: Imported };

const LISTED: [model: string, one: string, many: string][] = [
  ["Application", "application", "applications"],
  ["Contact", "contact", "contacts"],
  ["Company", "company", "companies"],
  ["Interview", "interview", "interviews"],
  ["Letter", "letter", "letters"],
  ["FollowUp", "follow-up", "follow-ups"],
  ["Note", "note", "notes"],
];

function importedSentence(imported: Imported): string {
  const parts = LISTED.filter(([model]) => imported[model]).map(([model, one, many]) => `${imported[model]} ${imported[model] === 1 ? one : many}`);
  return parts.length ? `Imported ${parts.join(", ")}, with their timelines and settings.` : "Imported your settings; the export held no data.";
}

/**
 * "Import a Bridges export": the full JSON export of another account (or another Bridges)
 * brought into this one, which must still be empty. The file goes as it is to a route handler
 * (an export is larger than a server action may send) and is imported whole or not at all.
 */
export function BridgesExportImport() {
  const [state, setState] = useState<State>({ status: "idle" });

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const file = new FormData(event.currentTarget).get("export");
    if (!(file instanceof File) || file.size === 0) return setState({ status: "failed", message: "Choose the export file (bridges-export-….json)." });
    if (file.size > BRIDGES_EXPORT_MAX_BYTES) return setState({ status: "failed", message: BRIDGES_EXPORT_TOO_LARGE });
    setState({ status: "importing" });
    try {
      const response = await fetch("/api/import/bridges-export", { method: "POST", headers: { "Content-Type": "application/json" }, body: file });
      const answer = (await response.json().catch(() => ({}))) as { imported?: Imported; message?: string };
      if (response.ok && answer.imported) setState({ status: "done", imported: answer.imported });
      else setState({ status: "failed", message: answer.message ?? "That did not go through. Try again." });
    } catch {
      setState({ status: "failed", message: "That did not go through. Check your connection and try again." });
    }
  }

  return (
    <section aria-labelledby="bridges-export-import" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5 dark:border-slate-800 dark:bg-slate-900">
      <h2 id="bridges-export-import" className="text-lg font-medium">
        Import a Bridges export
      </h2>
      <p className="max-w-2xl text-sm text-slate-600 dark:text-slate-400">
        Moving to this account from another Bridges? Export everything there (Settings → Export → Everything, JSON) and bring the file
        here. This works in a new account only, and imports all of it or nothing.
      </p>
      {state.status === "done" ? (
        <>
          <FormMessage tone="success" message={importedSentence(state.imported)} />
          <Link href="/applications" className="text-sm font-medium text-brand-600 hover:underline">
            See your applications
          </Link>
        </>
      ) : (
        <form onSubmit={submit} className="space-y-3" noValidate>
          {state.status === "failed" ? <FormMessage message={state.message} /> : null}
          <label className="block text-sm font-medium">
            Bridges export (JSON)
            <input name="export" type="file" accept="application/json,.json" className="mt-1 block text-sm" />
          </label>
          <Button type="submit" disabled={state.status === "importing"} aria-busy={state.status === "importing"}>
            {state.status === "importing" ? "Importing…" : "Import export"}
          </Button>
        </form>
      )}
    </section>
  );
}
