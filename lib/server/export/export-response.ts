import "server-only";
import { getCurrentUser } from "../../auth/current-user";
import type { SessionUser } from "../sessions/sessions";
import { fileDate } from "./format";

type Body = string | AsyncIterable<string>;

function toStream(body: AsyncIterable<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const iterator = body[Symbol.asyncIterator]();
  return new ReadableStream({
    async pull(controller) {
      const { value, done } = await iterator.next();
      if (done) controller.close();
      else controller.enqueue(encoder.encode(value));
    },
    async cancel() {
      await iterator.return?.();
    },
  });
}

/**
 * The shared body of the /api/export/* routes: only for a signed-in user (401 otherwise), their
 * own rows, sent as a download named after the app and today's date, never cached.
 */
export async function exportResponse(
  { name, extension, contentType }: { name: string; extension: string; contentType: string },
  build: (user: SessionUser) => Promise<Body> | Body,
): Promise<Response> {
  const user = await getCurrentUser();
  if (!user) {
    return Response.json({ error: "Log in to export your data." }, { status: 401, headers: { "Cache-Control": "no-store" } });
  }
  const body = await build(user);
  return new Response(typeof body === "string" ? body : toStream(body), {
    headers: {
      "Content-Type": contentType,
      "Content-Disposition": `attachment; filename="bridges-${name}-${fileDate(user.timeZone)}.${extension}"`,
      "Cache-Control": "no-store",
    },
  });
}

export const CSV = { extension: "csv", contentType: "text/csv; charset=utf-8" } as const;
