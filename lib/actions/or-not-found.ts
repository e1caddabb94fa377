import "server-only";
import { notFound } from "next/navigation";
import { isAppError } from "../errors";
import { isIdShaped } from "../validation/id";

/** For pages: a domain NOT_FOUND (absent, or someone else's) becomes the 404 page. */
export async function orNotFound<T>(promise: Promise<T>): Promise<T> {
  try {
    return await promise;
  } catch (error) {
    if (isAppError(error) && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

/** A route param naming a row: anything but the id's shape is the 404 page, before any query. */
export function idParam(value: string): string {
  if (!isIdShaped(value)) notFound();
  return value;
}
