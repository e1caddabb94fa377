import Form from "next/form";
import Link from "next/link";
import { buttonClasses } from "@/components/ui/button";

/**
 * The application's main actions. "Log rejection" is a button that navigates to the rejection
 * form (a GET form, so it works before hydration too); "Edit rejection" once one exists.
 */
export function ApplicationActionsBar({ applicationId, hasRejection, deleteAction }: { applicationId: string; hasRejection: boolean; deleteAction: () => Promise<void> }) {
  return (
    <div className="flex flex-wrap items-start gap-2">
      <Link href={`/applications/${applicationId}/edit`} className={buttonClasses("secondary")}>
        Edit
      </Link>
      <Form action={`/applications/${applicationId}/rejection`}>
        <button type="submit" className={buttonClasses("secondary")}>
          {hasRejection ? "Edit rejection" : "Log rejection"}
        </button>
      </Form>
      <details className="relative">
        <summary className={`${buttonClasses("ghost")} cursor-pointer list-none`}>Delete…</summary>
        <form action={deleteAction} className="absolute right-0 z-10 mt-1 w-64 space-y-2 rounded-md border border-slate-200 bg-white p-3 text-sm shadow-lg dark:border-slate-700 dark:bg-slate-900">
          <p>Delete this application? You can undo it right after.</p>
          <button type="submit" className={buttonClasses("danger")}>
            Delete application
          </button>
        </form>
      </details>
    </div>
  );
}
