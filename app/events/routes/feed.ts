import { placeName, reference } from "~/reference/public.server";
import { translator } from "~/kit/i18n/catalogue";
import { languageOf } from "~/kit/i18n/languages";
import { notFoundResponse } from "~/kit/http/respond.server";
import { calendarEntry } from "../calendar-entry.server";
import { publishedIcs } from "../ics.server";
import { regionFeedEvents } from "../queries.server";
import { calendarHeaders } from "./feed-headers.server";
import type { Route } from "./+types/feed";

/** `/:lang/events/feeds/maakunta_18.ics`: a region's public events for calendar apps, the same for everyone. */
export async function loader({ params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const ref = await reference();
  const match = /^(maakunta_\d{2})\.ics$/.exec(params.file ?? "");
  const region = match ? ref.regions.find((r) => r.code === match[1]) : undefined;
  if (!region) throw notFoundResponse(lang);
  const rows = await regionFeedEvents(region.code);
  const entries = await Promise.all(rows.map((r) => calendarEntry(r.event, lang)));
  const body = publishedIcs(entries, translator(lang)("events.feedName", { region: placeName(region, lang) }));
  return new Response(body, { headers: calendarHeaders(`${region.code}.ics`) });
}
