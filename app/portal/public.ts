/**
 * What other features may use of portal: they import it from here, never from
 * portal's internal modules (the layering test enforces it). Nothing here is server-only, so pages may
 * import it.
 */
export { pathSlugs, russianPath, russianPathCanonicalLanguage, russianPathUrl } from "./paths";
