import { CSV, exportResponse } from "@/lib/server/export/export-response";
import { exportContactsCsv } from "@/lib/server/export/export-contacts-csv";

export const dynamic = "force-dynamic";

export function GET() {
  return exportResponse({ name: "contacts", ...CSV }, (user) => exportContactsCsv(user.id, user));
}
