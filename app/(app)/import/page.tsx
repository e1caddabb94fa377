import type { Metadata } from "next";
import { ExportLinks } from "@/components/export/export-links";
import { BridgesExportImport } from "@/components/import/bridges-export-import";
import { ImportWizard } from "@/components/import/import-wizard";
import { requireUser } from "@/lib/auth/current-user";

export const metadata: Metadata = { title: "Import" };

export default async function ImportPage() {
  await requireUser();
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold tracking-tight">Import</h1>
        <p className="mt-1 max-w-2xl text-sm text-slate-600 dark:text-slate-400">
          Bring in applications or contacts from a spreadsheet or LinkedIn (a CSV file). You choose which column is which, see the
          first rows before anything is saved, and importing the same file again updates rows instead of duplicating them.
        </p>
      </div>
      <ImportWizard />
      <BridgesExportImport />
      <ExportLinks />
    </div>
  );
}
