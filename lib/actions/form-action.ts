import "server-only";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import { requireActionUser } from "../auth/current-user";
import { asAppError, isAppError } from "../errors";
import type { SessionUser } from "../server/sessions/sessions";
import { fieldErrorsOf, type FormState } from "../validation/form";

export type ActionOutcome<T> = { ok: true; value: T; user: SessionUser } | { ok: false; state: FormState };

/**
 * The body every form action shares: the signed-in user → the shared schema → the domain
 * function, with AppErrors (not found, conflict, session ended) turned into a message on the
 * form and what the user typed handed back. Redirects stay in the action, after this returns.
 */
export async function runFormAction<S extends z.ZodType, T>(
  schema: S | ((user: SessionUser) => S),
  raw: Record<string, unknown>,
  run: (user: SessionUser, data: z.output<S>) => Promise<T>,
): Promise<ActionOutcome<T>> {
  const values = Object.fromEntries(Object.entries(raw).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  let user: SessionUser;
  try {
    user = await requireActionUser();
  } catch (error) {
    if (isAppError(error)) return { ok: false, state: { message: error.message, values } };
    throw error;
  }
  const parsed = (typeof schema === "function" ? schema(user) : schema).safeParse(raw);
  if (!parsed.success) return { ok: false, state: { ...fieldErrorsOf(parsed.error), values } };
  try {
    return { ok: true, value: await run(user, parsed.data), user };
  } catch (error) {
    // An id refused as "not found" is not echoed back: the answer must say nothing about it.
    const known = asAppError(error);
    if (known) {
      const echoed = known.code === "NOT_FOUND" ? withoutIds(values) : values;
      return { ok: false, state: { message: known.message, fieldErrors: known.fieldErrors, values: echoed } };
    }
    throw error;
  }
}

function withoutIds(values: Record<string, string>) {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/Ids?$/.test(key)));
}

/**
 * For one-click buttons without a form (delete, restore): signed out → the login page; an id
 * that is not the user's → the not-found page, never a 500.
 */
export async function runOneClick<T>(run: (userId: string) => Promise<T>): Promise<T> {
  let user: SessionUser;
  try {
    user = await requireActionUser();
  } catch (error) {
    if (isAppError(error)) redirect("/login");
    throw error;
  }
  try {
    return await run(user.id);
  } catch (error) {
    if (asAppError(error)?.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/**
 * An id bound to an action (`action.bind(null, id)`) arrives from the client as whatever it
 * sends; anything but a short string becomes "", which no row has, so it ends as not found.
 */
export function toId(value: unknown): string {
  return typeof value === "string" && value.length <= 64 ? value : "";
}

/** Revalidates one record's page; a bound id that is not a plausible id revalidates nothing. */
export function revalidateRecordPage(section: string, id: unknown) {
  const safeId = toId(id);
  if (safeId) revalidatePath(`${section}/${encodeURIComponent(safeId)}`);
}
