import { asFormFields, parseWith } from "@/lib/api/request-body";
import { apiRoute, pathId, preflight } from "@/lib/api/route";
import { logRejection } from "@/lib/server/rejections/log-rejection";
import { logRejectionSchema } from "@/lib/validation/rejection";

/** Logs the rejection as the form does: the application moves to Rejected, thank-you letters are drafted. */
export const POST = apiRoute<{ id: string }>(async ({ caller, params, body }) => {
  const input = parseWith(logRejectionSchema, asFormFields(body));
  const result = await logRejection(caller.user.id, pathId(params.id, "Application"), input);
  return { status: result.isNew ? 201 : 200, body: result };
});

export const OPTIONS = preflight;
