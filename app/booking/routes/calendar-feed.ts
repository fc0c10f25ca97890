import { bookingFeedIcs } from "../commands/feed.server";
import type { Route } from "./+types/calendar-feed";

/** A practitioner's bookings for calendar apps, without signing in: the address's secret is the key; a wrong one is a plain 404. */
export async function loader({ params }: Route.LoaderArgs) {
  const match = /^([A-Za-z0-9_-]{43})\.ics$/.exec(params.file ?? "");
  const body = match ? await bookingFeedIcs(match[1]).catch(() => null) : null;
  if (!body) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="ajanvaraukset.ics"',
      "Cache-Control": "private, max-age=300",
      "X-Robots-Tag": "noindex",
    },
  });
}
