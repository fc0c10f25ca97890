/**
 * What other features may use of content-pages on the server: they import it from here, never from
 * content-pages's internal modules (the layering test enforces it).
 */
export { publishedPagesBySlug, publishedSlugs } from "./queries.server";
