import { CSV, exportResponse } from "@/lib/server/export/export-response";
import { exportApplicationsCsv } from "@/lib/server/export/export-applications-csv";

export const dynamic = "force-dynamic";

export function GET() {
  return exportResponse({ name: "applications", ...CSV }, (user) => exportApplicationsCsv(user.id, user));
}
