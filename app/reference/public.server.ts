/**
 * What other features may use of reference on the server: they import it from here, never from
 * reference's internal modules (the layering test enforces it).
 */
export { placeName, reference, sortPlaces } from "./queries.server";
export { municipality, postalCode, region } from "./schema.server";
export { regionGenitive, regionGenitives } from "./region-genitives";
