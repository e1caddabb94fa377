import { exportContactsVCard } from "@/lib/server/export/export-contacts-vcard";
import { exportResponse } from "@/lib/server/export/export-response";

export const dynamic = "force-dynamic";

export function GET() {
  return exportResponse({ name: "contacts", extension: "vcf", contentType: "text/vcard; charset=utf-8" }, (user) => exportContactsVCard(user.id));
}
