import { groupFeedIcs } from "../ics.server";
import { feedByToken } from "../queries.server";
import type { Route } from "./+types/calendar-feed";

/**
 * A group's meetings as an iCalendar feed that calendar apps subscribe to without signing in. The
 * address carries the group's secret token (shown to its members); a wrong token is a plain 404.
 */
export async function loader({ params }: Route.LoaderArgs) {
  const match = /^([A-Za-z0-9_-]{16,64})\.ics$/.exec(params.file ?? "");
  const feed = match ? await feedByToken(match[1]) : null;
  if (!feed) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const body = groupFeedIcs(
    feed.groupName,
    feed.meetings.map((m) => ({ ...m, groupName: feed.groupName })),
  );
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": 'inline; filename="kokoukset.ics"',
      "Cache-Control": "private, max-age=300",
      "X-Robots-Tag": "noindex",
    },
  });
}
