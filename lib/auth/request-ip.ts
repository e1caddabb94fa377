// The client's address as seen by the nearest proxy: the last X-Forwarded-For hop is the one
// appended by infrastructure we run, the first ones are whatever the client claimed.
export function clientIp(headers: Headers): string {
  const forwarded = headers.get("x-forwarded-for");
  const last = forwarded?.split(",").map((part) => part.trim()).filter(Boolean).at(-1);
  return last || headers.get("x-real-ip") || "unknown";
}
