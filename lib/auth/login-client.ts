import "server-only";
import { cookies, headers } from "next/headers";
import { env } from "../env";
import { DEVICE_COOKIE, DEVICE_COOKIE_MAX_AGE_SECONDS, verifyDeviceToken } from "./device-cookie";
import { clientIp } from "./request-ip";
import type { LoginClient } from "./throttle";

/** The device cookie as sent with this request (server actions and route handlers). */
export async function deviceTokenOfRequest(): Promise<string | undefined> {
  return (await cookies()).get(DEVICE_COOKIE)?.value;
}

/** This request's client for signing in to `email`: its address and, if it holds one for that account, its device. */
export async function loginClientOfRequest(email: string): Promise<LoginClient> {
  return { ip: clientIp(await headers()), deviceId: verifyDeviceToken(await deviceTokenOfRequest(), email, env().AUTH_SECRET) };
}

/** Marks this browser as one that has signed in to the account (or proved it owns its inbox). */
export async function rememberDevice(token: string) {
  const https = (await headers()).get("x-forwarded-proto") === "https";
  (await cookies()).set(DEVICE_COOKIE, token, {
    httpOnly: true,
    sameSite: "lax",
    secure: https,
    path: "/",
    maxAge: DEVICE_COOKIE_MAX_AGE_SECONDS,
  });
}
