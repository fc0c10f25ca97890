import type { Language } from "~/kit/i18n/languages";
import type { GeoPoint } from "./map-projection";

/**
 * Short notes that features above the network map show beside the search results for the area
 * searched (the mobile point's next visit there). The shell connects them at start-up, so the
 * search need not know them; a failing source is left out rather than failing the search.
 */
export interface SearchArea {
  regionCodes: string[];
  municipalityCodes: string[];
  /** The near-me origin, when one was given. */
  near: GeoPoint | null;
}

/** Texts in the page's language, ready to show. */
export interface SearchAreaNote {
  key: string;
  heading: string;
  text: string;
  /** Said prominently: a change or a cancellation. */
  alert: string | null;
  href: string;
  linkText: string;
}

export type SearchAreaNoteSource = (area: SearchArea, lang: Language) => Promise<SearchAreaNote | null>;

const sources = new Set<SearchAreaNoteSource>();

export function addSearchAreaNotes(source: SearchAreaNoteSource): void {
  sources.add(source);
}

export async function searchAreaNotes(area: SearchArea, lang: Language): Promise<SearchAreaNote[]> {
  if (area.regionCodes.length === 0 && area.municipalityCodes.length === 0 && !area.near) return [];
  const notes = await Promise.all(
    [...sources].map((source) =>
      source(area, lang).catch((error: unknown) => {
        console.error("A search area note failed", error);
        return null;
      }),
    ),
  );
  return notes.filter((n): n is SearchAreaNote => n !== null);
}
