import { exportAllJson } from "@/lib/server/export/export-all-json";
import { exportResponse } from "@/lib/server/export/export-response";

export const dynamic = "force-dynamic";

export function GET() {
  return exportResponse({ name: "export", extension: "json", contentType: "application/json; charset=utf-8" }, (user) => exportAllJson(user.id));
}
