/**
 * What other features may use of offerings: they import it from here, never from
 * offerings's internal modules (the layering test enforces it). Nothing here is server-only, so pages may
 * import it.
 */
export type { FundingForm } from "./code-lists";
export { OfferingCard } from "./components/offering-card";
export { readFavourites } from "./favourites";
export { emptyOfferingSearch, offeringSearchParams } from "./search-params";
export type { OfferingSearch } from "./search-params";
