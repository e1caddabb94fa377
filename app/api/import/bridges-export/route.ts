import { getCurrentUser } from "@/lib/auth/current-user";
import { isAppError } from "@/lib/errors";
import { importBridgesExport } from "@/lib/server/import/import-bridges-export";
import { BRIDGES_EXPORT_MAX_BYTES, BRIDGES_EXPORT_TOO_LARGE } from "@/lib/import/bridges-export-limit";
import { bridgesExportSchema, exportProblem } from "@/lib/validation/bridges-export";

export const dynamic = "force-dynamic";

const answer = (status: number, body: object) => Response.json(body, { status, headers: { "Cache-Control": "no-store" } });

/**
 * "Import a Bridges export": the file's bytes as the body, read here rather than by a server
 * action, whose body limit (1 MB) is smaller than an export, and imported in one transaction.
 * Same-origin only: the session cookie is SameSite=Lax, and the Origin is checked as server
 * actions check theirs.
 */
export async function POST(request: Request) {
  const user = await getCurrentUser();
  if (!user) return answer(401, { message: "Log in to import." });
  const origin = request.headers.get("origin");
  if (origin && new URL(origin).host !== request.headers.get("host")) return answer(403, { message: "Import from Bridges' own page." });

  const length = Number(request.headers.get("content-length") ?? Number.NaN);
  if (!Number.isSafeInteger(length)) return answer(411, { message: "Say how long the file is (Content-Length)." });
  // Checked before reading: past this size the proxy hands on only the start of the body.
  if (length > BRIDGES_EXPORT_MAX_BYTES) return answer(413, { message: BRIDGES_EXPORT_TOO_LARGE });

  let json: unknown;
  try {
    json = JSON.parse(await request.text());
  } catch {
    return answer(400, { message: "This file is not a Bridges export: it is not JSON (Settings → Export → Everything, JSON)." });
  }
  const parsed = bridgesExportSchema.safeParse(json);
  if (!parsed.success) return answer(400, { message: exportProblem(parsed.error) });
  try {
    return answer(200, { imported: await importBridgesExport(user.id, parsed.data) });
  } catch (error) {
    if (isAppError(error)) return answer(error.code === "CONFLICT" ? 409 : 400, { message: error.message });
    throw error;
  }
}
