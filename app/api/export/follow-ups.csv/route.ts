import { CSV, exportResponse } from "@/lib/server/export/export-response";
import { exportFollowUpsCsv } from "@/lib/server/export/export-follow-ups-csv";

export const dynamic = "force-dynamic";

export function GET() {
  return exportResponse({ name: "follow-ups", ...CSV }, (user) => exportFollowUpsCsv(user.id, user));
}
