import { openApiDocument } from "@/lib/api/openapi";
import { appUrl } from "@/lib/env";

// Public: the description of the API holds no data. Built once per process.
let document: string | undefined;

export function GET() {
  document ??= JSON.stringify(openApiDocument(appUrl()), null, 2);
  return new Response(document, { headers: { "Content-Type": "application/json", "Cache-Control": "public, max-age=300", "Access-Control-Allow-Origin": "*" } });
}
