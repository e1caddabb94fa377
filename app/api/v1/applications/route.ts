import { apiApplicationListQuerySchema } from "@/lib/api/applications-query";
import { applicationResource, applicationSummary } from "@/lib/api/resources";
import { asFormFields, parseWith } from "@/lib/api/request-body";
import { apiRoute, preflight } from "@/lib/api/route";
import { createApplication } from "@/lib/server/applications/create-application";
import { getApplication } from "@/lib/server/applications/get-application";
import { listApplications } from "@/lib/server/applications/list-applications";
import { applicationSchemaFor } from "@/lib/validation/application";

export const GET = apiRoute(async ({ caller, url }) => {
  const query = parseWith(apiApplicationListQuerySchema, Object.fromEntries(url.searchParams));
  const { rows, ...page } = await listApplications(caller.user.id, query);
  return { status: 200, body: { items: rows.map(applicationSummary), ...page } };
});

export const POST = apiRoute(async ({ caller, body }) => {
  const input = parseWith(applicationSchemaFor(caller.user.timeZone), asFormFields(body));
  const { id } = await createApplication(caller.user.id, input);
  return { status: 201, body: applicationResource(await getApplication(caller.user.id, id)) };
});

export const OPTIONS = preflight;
