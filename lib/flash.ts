import "server-only";
import { cookies } from "next/headers";

export const FLASH_COOKIE = "bridges-flash";

/**
 * A one-time message for the next page ("Application saved"), shown as a toast. Call from a
 * server action before redirecting. The cookie holds only the message and is read (and
 * removed) by the Toaster in the browser.
 */
export async function flash(message: string) {
  (await cookies()).set(FLASH_COOKIE, encodeURIComponent(message.slice(0, 200)), { path: "/", maxAge: 30, sameSite: "lax" });
}
