import type { Language } from "../kit/i18n/languages";
import { searchMap, type SearchResult } from "~/network-map/public.server";
import { searchOfferings, type OfferingSummary } from "~/offerings/public.server";
import { placeName, reference, sortPlaces } from "~/reference/public.server";
import type { Searches } from "./filters";

/** How many services and offerings a path page or the guide's results show before "see all". */
export const topCount = 6;

export interface PortalResults {
  services: SearchResult[];
  serviceTotal: number;
  offerings: OfferingSummary[];
  offeringTotal: number;
  /** Names of the offerings' municipalities in the page's language. */
  municipalityNames: Record<string, string>;
}

/** The top guidance services and education offerings of a path or of the guide's answers. */
export async function portalResults(searches: Searches, lang: Language, options: { today?: string } = {}): Promise<PortalResults> {
  const [services, offerings, ref] = await Promise.all([searchMap(searches.services), searchOfferings(searches.offerings, options), reference()]);
  const top = offerings.results.slice(0, topCount);
  return {
    services: services.results.slice(0, topCount),
    serviceTotal: services.total,
    offerings: top,
    offeringTotal: offerings.total,
    municipalityNames: Object.fromEntries(top.map((o) => [o.municipalityCode, placeName(ref.byCode.get(o.municipalityCode), lang)])),
  };
}

/** Every municipality for the "where do you live" question, by name in the page's language. */
export async function municipalityOptions(lang: Language): Promise<{ code: string; name: string }[]> {
  const ref = await reference();
  return sortPlaces(ref.municipalities, lang).map((m) => ({ code: m.code, name: placeName(m, lang) }));
}

/** Whether a code names a municipality of the reference data. */
export async function municipalityCheck(): Promise<(code: string) => boolean> {
  const ref = await reference();
  const codes = new Set(ref.municipalities.map((m) => m.code));
  return (code) => codes.has(code);
}
