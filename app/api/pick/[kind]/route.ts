import { getCurrentUser } from "@/lib/auth/current-user";
import { searchApplicationOptions } from "@/lib/server/applications/search-application-options";
import { searchCompanyNames } from "@/lib/server/companies/search-company-names";
import { searchContactOptions } from "@/lib/server/contacts/search-contact-options";
import { type PickKind, type PickOption, pickQuerySchema } from "@/lib/validation/pick";

export const dynamic = "force-dynamic";

const SEARCHES: Record<PickKind, (userId: string, query: string) => Promise<PickOption[]>> = {
  contacts: searchContactOptions,
  companies: searchCompanyNames,
  applications: searchApplicationOptions,
};

const noStore = { "Cache-Control": "no-store" };

/** GET /api/pick/{contacts|companies|applications}?q=…: the signed-in user's matches for a form's picker. */
export async function GET(request: Request, { params }: { params: Promise<{ kind: string }> }) {
  const user = await getCurrentUser();
  if (!user) return Response.json({ error: "Log in first." }, { status: 401, headers: noStore });
  const { kind } = await params;
  const search = Object.hasOwn(SEARCHES, kind) ? SEARCHES[kind as PickKind] : undefined;
  if (!search) return Response.json({ error: "Nothing to pick there." }, { status: 404, headers: noStore });
  const parsed = pickQuerySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  if (!parsed.success) return Response.json({ error: parsed.error.issues[0]?.message ?? "Bad query" }, { status: 400, headers: noStore });
  return Response.json({ options: await search(user.id, parsed.data.q) }, { headers: noStore });
}
