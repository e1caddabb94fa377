import { asFormFields, parseWith } from "@/lib/api/request-body";
import { apiRoute, preflight } from "@/lib/api/route";
import { createContact } from "@/lib/server/contacts/create-contact";
import { getContact } from "@/lib/server/contacts/get-contact";
import { listContacts } from "@/lib/server/contacts/list-contacts";
import { contactListQuerySchema, contactSchema } from "@/lib/validation/contact";
import { contactResource } from "@/lib/api/resources";

export const GET = apiRoute(async ({ caller, url }) => {
  const query = parseWith(contactListQuerySchema, Object.fromEntries(url.searchParams));
  const { rows, ...page } = await listContacts(caller.user.id, query);
  return { status: 200, body: { items: rows.map(contactResource), ...page } };
});

export const POST = apiRoute(async ({ caller, body }) => {
  const input = parseWith(contactSchema, asFormFields(body));
  const { id } = await createContact(caller.user.id, input);
  return { status: 201, body: contactResource(await getContact(caller.user.id, id)) };
});

export const OPTIONS = preflight;
