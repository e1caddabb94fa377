import { toFormValues } from "@/components/applications/to-form-values";
import { applicationResource } from "@/lib/api/resources";
import { asFormFields, parseWith } from "@/lib/api/request-body";
import { apiRoute, pathId, preflight } from "@/lib/api/route";
import { getApplication } from "@/lib/server/applications/get-application";
import { updateApplication } from "@/lib/server/applications/update-application";
import { applicationSchemaFor } from "@/lib/validation/application";

export const GET = apiRoute<{ id: string }>(async ({ caller, params }) => ({
  status: 200,
  body: applicationResource(await getApplication(caller.user.id, pathId(params.id, "Application"))),
}));

/** A partial update: the fields sent, over the application as its edit form would show it. */
export const PATCH = apiRoute<{ id: string }>(async ({ caller, params, body }) => {
  const current = await getApplication(caller.user.id, pathId(params.id, "Application"));
  const input = parseWith(applicationSchemaFor(caller.user.timeZone), { ...toFormValues(current), ...asFormFields(body) });
  await updateApplication(caller.user.id, current.id, input);
  return { status: 200, body: applicationResource(await getApplication(caller.user.id, current.id)) };
});

export const OPTIONS = preflight;
