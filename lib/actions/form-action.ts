import "server-only";
import { revalidatePath } from "next/cache";
import { notFound, redirect } from "next/navigation";
import type { z } from "zod";
import { requireActionUser } from "../auth/current-user";
import { isAppError, notFound as notFoundError } from "../errors";
import type { SessionUser } from "../server/sessions/sessions";
import { fieldErrorsOf, type FormState } from "../validation/form";
import { isIdShaped } from "../validation/id";

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
    // Anything but an AppError is a bug: it stays a 500, logged by Next.js.
    if (!isAppError(error)) throw error;
    const echoed = error.code === "NOT_FOUND" ? withoutIds(values) : values;
    return { ok: false, state: { message: error.message, fieldErrors: error.fieldErrors, values: echoed } };
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
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/**
 * The body of a toast's Undo: `undo` for the signed-in user, then `done` (revalidate, say what
 * happened). A record that is gone or no longer in the state the undo expects is "not found":
 * it changed since, and the toast says so instead of undoing something else.
 */
export async function runUndo(undo: (userId: string) => Promise<unknown>, done: () => FormState): Promise<FormState> {
  try {
    await undo((await requireActionUser()).id);
  } catch (error) {
    if (isAppError(error)) return { message: error.code === "NOT_FOUND" ? "It changed since, so it was not undone" : error.message };
    throw error;
  }
  return done();
}

/**
 * The one guard for an id from the client outside a form schema: a bound argument
 * (`action.bind(null, id)`) or a form field read by hand. It arrives as whatever the request
 * says (an operator object, a NUL, a lone surrogate); anything but the id's shape is not found
 * before any query. Call it inside `runFormAction` / `runOneClick`, which turn that into the
 * form's message or the 404 page.
 */
export function toId(value: unknown): string {
  if (!isIdShaped(value)) throw notFoundError("That item");
  return value;
}

/**
 * Every id an action was bound to, each through `toId` — one it uses only to refresh its page
 * too, so that a forged one refuses the whole call rather than riding along.
 */
export function toIds<const Values extends readonly unknown[]>(...values: Values): { [Index in keyof Values]: string } {
  return values.map(toId) as { [Index in keyof Values]: string };
}

/** Revalidates one record's page; a bound id that is not of the id's shape revalidates nothing. */
export function revalidateRecordPage(section: string, id: unknown) {
  if (isIdShaped(id)) revalidatePath(`${section}/${id}`);
}
