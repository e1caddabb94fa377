import type { NextRequest } from "next/server";
import { handlers } from "@/lib/auth/auth";
import { loginClientOfRequest } from "@/lib/auth/login-client";
import { checkLoginThrottle } from "@/lib/auth/throttle";
import { emailSchema } from "@/lib/validation/auth";

export const GET = handlers.GET;

// Posting credentials straight to Auth.js must meet the same throttle as the login form,
// answered the HTTP way: 429 with Retry-After.
export async function POST(request: NextRequest) {
  if (request.nextUrl.pathname.endsWith("/callback/credentials")) {
    const form = await request.clone().formData().catch(() => null);
    const email = emailSchema.safeParse(form?.get("email"));
    if (email.success) {
      const verdict = await checkLoginThrottle(email.data, await loginClientOfRequest(email.data));
      if (!verdict.allowed) {
        return new Response("Too many failed attempts. Try again later.", {
          status: 429,
          headers: { "Retry-After": String(verdict.retryAfterSeconds), "Content-Type": "text/plain" },
        });
      }
    }
  }
  return handlers.POST(request);
}
