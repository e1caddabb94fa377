import { calendarFeedForToken } from "@/lib/server/calendar/calendar-feed";

// /api/calendar/<token>.ics: the user's private feed; the secret token is the credential.
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const feed = token.endsWith(".ics") ? await calendarFeedForToken(token.slice(0, -".ics".length)) : null;
  if (!feed) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(feed, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="bridges.ics"',
      "Cache-Control": "private, max-age=300",
      "X-Robots-Tag": "noindex",
    },
  });
}
