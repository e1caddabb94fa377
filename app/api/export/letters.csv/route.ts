import { CSV, exportResponse } from "@/lib/server/export/export-response";
import { exportLettersCsv } from "@/lib/server/export/export-letters-csv";

export const dynamic = "force-dynamic";

export function GET() {
  return exportResponse({ name: "letters", ...CSV }, (user) => exportLettersCsv(user.id, user));
}
