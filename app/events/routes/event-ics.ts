import { getCurrentUser } from "~/kit/permissions/current-user.server";
import { languageOf } from "~/kit/i18n/languages";
import { notFoundResponse, requireId } from "~/kit/http/respond.server";
import { calendarEntry } from "../calendar-entry.server";
import { publishedIcs } from "../ics.server";
import { canSeeEvent } from "../permissions";
import { eventPage } from "../queries.server";
import { calendarHeaders } from "./feed-headers.server";
import type { Route } from "./+types/event-ics";

/** `/:lang/events/:id/calendar.ics`: one event for a calendar app. */
export async function loader({ request, params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const found = await eventPage(requireId(params.id, lang));
  if (!found || !canSeeEvent(await getCurrentUser(request), found.event)) throw notFoundResponse(lang);
  const body = publishedIcs([await calendarEntry(found.event, lang)]);
  const headers = calendarHeaders(`event-${found.event.id.slice(0, 8)}.ics`);
  // A network-only event is for the signed-in viewer only: no shared cache keeps it.
  if (found.event.visibility !== "public") headers["Cache-Control"] = "private, no-store";
  return new Response(body, { headers });
}
