import { placeName, reference } from "~/reference/public.server";
import { languageOf } from "~/kit/i18n/languages";
import { regionFeedIcs } from "../ics.server";
import { regionFeedVisits } from "../queries.server";
import type { Route } from "./+types/feed";

/**
 * A region's mobile-point timetable for calendar apps (`/fi/mobile-points/maakunta_18.ics`): public,
 * the same for everyone, so shared caches may keep it for a few minutes.
 */
export async function loader({ params }: Route.LoaderArgs) {
  const lang = languageOf(params);
  const ref = await reference();
  const match = /^(maakunta_\d{2})\.ics$/.exec(params.file ?? "");
  const region = match ? ref.regions.find((r) => r.code === match[1]) : undefined;
  if (!region) return new Response("Not found", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const { visits, organizations } = await regionFeedVisits(region.code);
  const municipalityNames = Object.fromEntries(ref.municipalities.filter((m) => m.regionCode === region.code).map((m) => [m.code, placeName(m, lang)]));
  const body = regionFeedIcs({ regionCode: region.code, regionName: placeName(region, lang), municipalityNames }, visits, organizations, lang);
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `inline; filename="${region.code}.ics"`,
      "Cache-Control": "public, max-age=0, s-maxage=300, stale-while-revalidate=60",
    },
  });
}
