import { db } from "../kit/db/db.server";
import type { Language } from "../kit/i18n/languages";
import { municipality, region } from "./schema.server";

export interface Place {
  code: string;
  nameFi: string;
  nameSv: string;
}
export interface Municipality extends Place {
  regionCode: string;
}

interface ReferenceCache {
  regions: Place[];
  municipalities: Municipality[];
  byCode: Map<string, Place>;
}

// Reference data changes only when the postal code package is updated, i.e. at a restart.
const globalCache = globalThis as unknown as { eloReference?: Promise<ReferenceCache> };

export function reference(): Promise<ReferenceCache> {
  globalCache.eloReference ??= (async () => {
    const [regions, municipalities] = await Promise.all([db().select().from(region), db().select().from(municipality)]);
    const byCode = new Map<string, Place>([...regions, ...municipalities].map((p) => [p.code, p]));
    return { regions, municipalities, byCode };
  })().catch((error) => {
    globalCache.eloReference = undefined;
    throw error;
  });
  return globalCache.eloReference;
}

/** A place's name in the language: Swedish names for Swedish pages, Finnish otherwise. */
export const placeName = (place: Place | undefined, lang: Language) => (place ? (lang === "sv" ? place.nameSv : place.nameFi) : "");

/** Places sorted by name with the collation of the language (Finnish collation for fi and en). */
export function sortPlaces<T extends Place>(places: T[], lang: Language): T[] {
  const collator = new Intl.Collator(lang === "sv" ? "sv-FI" : "fi-FI");
  return [...places].sort((a, b) => collator.compare(placeName(a, lang), placeName(b, lang)));
}
