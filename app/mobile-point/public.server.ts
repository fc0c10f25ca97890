/**
 * What other features and the shell may use of the mobile point on the server: the next visit for
 * the front page and the search (the shell connects it), and the visitor statistics.
 */
import type { SearchArea, SearchAreaNote } from "~/network-map/public.server";
import { placeName, reference } from "~/reference/public.server";
import { translator } from "../kit/i18n/catalogue";
import type { Language } from "../kit/i18n/languages";
import { localize } from "../kit/i18n/localized";
import { nextVisitIn, nextVisitNear, nextVisitPerRegion, type TimetableVisit } from "./queries.server";
import { visitWhen } from "./visit-text";

export { visitorStatistics } from "./queries.server";
export { mobilePoint, mobilePointVisit, mobilePointVisitLog } from "./schema.server";

/** How far from a near-me origin a visit still counts as near, in km. */
export const nearVisitKm = 50;

const timetablePath = (lang: Language, area: { municipalityCode?: string; regionCode?: string }) =>
  `/${lang}/mobile-points?${area.municipalityCode ? `municipality=${area.municipalityCode}` : `region=${area.regionCode}`}`;

/** A visit in a sentence for a page: where and when, and what changed. */
async function summary(visit: TimetableVisit, lang: Language) {
  const ref = await reference();
  const t = translator(lang);
  const when = visitWhen(visit.startsAt, visit.endsAt, lang);
  return {
    id: visit.id,
    point: localize(visit.pointName, lang).text,
    place: `${visit.placeName}, ${placeName(ref.byCode.get(visit.municipalityCode), lang)}`,
    when: `${when.day} ${when.hours}`,
    changed: visit.changeReason ? t("mobilePoints.changedBecause", { reason: visit.changeReason }) : null,
    regionName: placeName(ref.byCode.get(visit.regionCode), lang),
    href: `${timetablePath(lang, { regionCode: visit.regionCode })}#visit-${visit.id}`,
  };
}
export type VisitSummary = Awaited<ReturnType<typeof summary>>;

/**
 * The next mobile-point visit for a search's area (SearchAreaNote, added to the search by the
 * shell): in the chosen municipality, else the chosen region, else near the near-me origin.
 */
export async function nextVisitNote(area: SearchArea, lang: Language): Promise<SearchAreaNote | null> {
  const visit =
    (area.municipalityCodes.length === 1 ? await nextVisitIn({ municipalityCode: area.municipalityCodes[0] }) : null) ??
    (area.regionCodes.length === 1 ? await nextVisitIn({ regionCode: area.regionCodes[0] }) : null) ??
    (area.near ? await nextVisitNear(area.near, nearVisitKm) : null);
  if (!visit) return null;
  const t = translator(lang);
  const s = await summary(visit, lang);
  return {
    key: "mobile-point",
    heading: t("mobilePoints.nextVisit"),
    text: t("mobilePoints.nextVisitText", { point: s.point, place: s.place, when: s.when }),
    alert: s.changed,
    href: s.href,
    linkText: t("mobilePoints.timetableOf", { region: s.regionName }),
  };
}

/** The next visit of each region that has one coming, for the front page. */
export async function frontPageVisits(lang: Language): Promise<VisitSummary[]> {
  return Promise.all((await nextVisitPerRegion()).map((v) => summary(v, lang)));
}
