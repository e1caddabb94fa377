export type RowProblem = { row: number; reason: string };

/** What an import did: counts, and every row it left out with the reason. */
export type ImportSummary = {
  created: number;
  updated: number;
  /** Rows that matched an existing row exactly: a re-import lands here. */
  unchanged: number;
  skipped: RowProblem[];
};

export const emptySummary = (): ImportSummary => ({ created: 0, updated: 0, unchanged: 0, skipped: [] });

/** The page imports a file chunk by chunk and adds up what each chunk did. */
export function addSummaries(a: ImportSummary, b: ImportSummary): ImportSummary {
  return { created: a.created + b.created, updated: a.updated + b.updated, unchanged: a.unchanged + b.unchanged, skipped: [...a.skipped, ...b.skipped] };
}
