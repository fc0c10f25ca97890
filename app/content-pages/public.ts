/**
 * What other features may use of content-pages: they import it from here, never from
 * content-pages's internal modules (the layering test enforces it). Nothing here is server-only, so pages may
 * import it.
 */
export { contentPagePath } from "./paths";
export { immigrantGuidanceSlug } from "./guidance";
