import { finnishAnalyser } from "../kit/finnish/finnish.server";
import { reference } from "../reference/public.server";
import { findPlaceInQuery, type PlaceInQuery } from "./place-in-query";
import type { MapSearch } from "./search-params";

export interface UnderstoodSearch {
  /** The search to run: the other words, the place's region as the area, the municipality ranked first. */
  search: MapSearch;
  place: PlaceInQuery | null;
}

/**
 * Takes a municipality named in the words as the chosen place (decision 0195), unless the person
 * asked for the words as written (`literal`), chose a municipality, or chose a region it is not in.
 */
export async function understandPlace(search: MapSearch): Promise<UnderstoodSearch> {
  if (search.literal || !search.q || search.municipalities.length > 0) return { search, place: null };
  const { municipalities } = await reference();
  const analyser = finnishAnalyser();
  const place = findPlaceInQuery(search.q, municipalities, (word) => analyser.analyse(word).baseForms);
  if (!place || (search.regions.length > 0 && !search.regions.includes(place.municipality.regionCode))) return { search, place: null };
  return {
    search: {
      ...search,
      q: place.words,
      regions: search.regions.length > 0 ? search.regions : [place.municipality.regionCode],
      rankMunicipality: place.municipality.code,
    },
    place,
  };
}
