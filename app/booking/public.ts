/**
 * What other features may use of booking in any module: they import it from here, never from
 * booking's internal modules (the layering test enforces it).
 */
export { bookingOpenApiPaths } from "./openapi";
