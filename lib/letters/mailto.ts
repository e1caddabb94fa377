// RFC 6068: each header value percent-encoded; line breaks in the body as CRLF. The address
// keeps its "@" (some mail programs do not decode "%40" in the address part).
export function mailtoHref({ to, subject, body }: { to?: string | null; subject: string; body: string }): string {
  const address = to ? encodeURIComponent(to.trim()).replace(/%40/g, "@") : "";
  const query = [`subject=${encodeURIComponent(subject)}`, `body=${encodeURIComponent(body.replace(/\r?\n/g, "\r\n"))}`];
  return `mailto:${address}?${query.join("&")}`;
}
